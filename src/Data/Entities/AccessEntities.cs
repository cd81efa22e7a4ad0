using Jixiao.Core.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>
/// A person who signs in: a role scoped to a region (财政审核) or an organisation (单位填报, 主管部门审核)
/// of the tree; <see cref="PasswordHash"/> is ASP.NET Core Identity's PasswordHasher format.
/// <see cref="SecurityStamp"/> changes on sign-out everywhere, password reset and disabling, which ends
/// every session issued before.
/// </summary>
public sealed class UserEntity
{
    public long Id { get; set; }

    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    public required string PasswordHash { get; set; }

    public Role Role { get; set; }

    public long? RegionId { get; set; }

    public RegionEntity? Region { get; set; }

    public long? OrganisationId { get; set; }

    public OrganisationEntity? Organisation { get; set; }

    public bool Disabled { get; set; }

    /// <summary>Failed sign-ins since the last success; at the limit the account is locked.</summary>
    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public required string SecurityStamp { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}

/// <summary>A personal API token: only its SHA-256 is kept, the token itself is shown once when made.</summary>
public sealed class ApiTokenEntity
{
    public long Id { get; set; }

    public long UserId { get; set; }

    public UserEntity? User { get; set; }

    public required string Name { get; set; }

    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
