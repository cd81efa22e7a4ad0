using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A personal API token as made: <see cref="Token"/> is shown once and never stored.</summary>
public sealed record IssuedToken(long Id, string Name, string Token, DateTimeOffset? ExpiresAt);

/// <summary>Administration of users and tokens; every change audited in its own transaction.</summary>
public static partial class UserStore
{
    /// <summary>The prefix of every personal token, so a leaked one is recognisable (secret scanners).</summary>
    public const string TokenPrefix = "jx_";

    public static Task<List<UserEntity>> ListAsync(JixiaoDbContext db, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Include(u => u.Region).Include(u => u.Organisation).OrderBy(u => u.UserName).ToListAsync(ct);

    public static Task<UserEntity?> FindAsync(JixiaoDbContext db, string userName, CancellationToken ct = default) =>
        db.Users.SingleOrDefaultAsync(u => u.UserName == userName.Trim(), ct);

    /// <summary>Disables (or enables) a user; disabling ends every session and token at once.</summary>
    public static async Task<DataResult<UserEntity>> SetDisabledAsync(JixiaoDbContext db, Actor actor, string userName, bool disabled, CancellationToken ct = default)
    {
        if (await FindAsync(db, userName, ct) is not { } user)
        {
            return UnknownUser(userName);
        }

        user.Disabled = disabled;
        user.SecurityStamp = NewStamp();
        AuditTrail.Record(db, actor, AuditTrail.Actions.User, $"{(disabled ? "停用" : "启用")}用户 {user.UserName}",
            detail: new[] { new AuditChange("disabled", (!disabled).ToString(), disabled.ToString()) });
        await db.SaveChangesAsync(ct);
        return DataResult<UserEntity>.Ok(user);
    }

    /// <summary>Sets a new password (generated when none is given), unlocks the account and ends its sessions; returns the password.</summary>
    public static async Task<DataResult<string>> ResetPasswordAsync(JixiaoDbContext db, Actor actor, string userName, string? password, CancellationToken ct = default)
    {
        if (await FindAsync(db, userName, ct) is not { } user)
        {
            return UnknownUser(userName);
        }

        password ??= GeneratePassword();
        if (PasswordProblem(password) is { } problem)
        {
            return DataResult<string>.Fail(DataErrorCode.Invalid, problem, problem);
        }

        user.PasswordHash = Hasher.HashPassword(user, password);
        user.SecurityStamp = NewStamp();
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        AuditTrail.Record(db, actor, AuditTrail.Actions.User, $"重置用户 {user.UserName} 的密码");
        await db.SaveChangesAsync(ct);
        return DataResult<string>.Ok(password);
    }

    /// <summary>Ends every session of the user (cookies carry the old security stamp) — 在所有设备上退出.</summary>
    public static async Task SignOutEverywhereAsync(JixiaoDbContext db, Actor actor, long userId, CancellationToken ct = default)
    {
        if (await db.Users.FindAsync([userId], ct) is { } user)
        {
            user.SecurityStamp = NewStamp();
            AuditTrail.Record(db, actor, AuditTrail.Actions.SignOut, $"{user.UserName} 在所有设备上退出");
            await db.SaveChangesAsync(ct);
        }
    }

    public static async Task<IssuedToken> IssueTokenAsync(JixiaoDbContext db, Actor actor, long userId, string name, int? days, CancellationToken ct = default)
    {
        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = db.Clock.GetUtcNow();
        var entity = new ApiTokenEntity
        {
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(name) ? "API" : name.Trim()[..Math.Min(name.Trim().Length, MaxNameLength)],
            TokenHash = HashToken(token),
            CreatedAt = now,
            ExpiresAt = days is { } d ? now.AddDays(d) : null,
        };
        db.ApiTokens.Add(entity);
        AuditTrail.Record(db, actor, AuditTrail.Actions.Token, $"新建 API 令牌“{entity.Name}”", detail: new { userId, expiresAt = entity.ExpiresAt });
        await db.SaveChangesAsync(ct);
        return new IssuedToken(entity.Id, entity.Name, token, entity.ExpiresAt);
    }

    public static async Task<bool> RevokeTokenAsync(JixiaoDbContext db, Actor actor, long userId, long tokenId, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, ct);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt = db.Clock.GetUtcNow();
        AuditTrail.Record(db, actor, AuditTrail.Actions.Token, $"吊销 API 令牌“{token.Name}”");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The enabled user a live token belongs to, or null (unknown, revoked, expired, user disabled).</summary>
    public static async Task<UserEntity?> FindByTokenAsync(JixiaoDbContext db, string token, CancellationToken ct = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        var hash = HashToken(token);
        var now = db.Clock.GetUtcNow();
        var found = await db.ApiTokens.AsNoTracking().Include(t => t.User)
            .Where(t => t.TokenHash == hash && t.RevokedAt == null).SingleOrDefaultAsync(ct);
        return found is { User: { Disabled: false } user } && (found.ExpiresAt is null || found.ExpiresAt > now) ? user : null;
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The region and organisation a role is scoped to, checked against the role.</summary>
    internal static async Task<DataResult<(long? RegionId, long? OrganisationId)>> ScopeAsync(JixiaoDbContext db, Role role, string? regionCode, string? organisation, CancellationToken ct)
    {
        long? regionId = null;
        if (!string.IsNullOrWhiteSpace(regionCode))
        {
            regionId = await db.Regions.Where(r => r.Code == regionCode.Trim()).Select(r => (long?)r.Id).SingleOrDefaultAsync(ct);
            if (regionId is null)
            {
                return DataResult<(long?, long?)>.Fail(DataErrorCode.UnknownRegion, $"财政区划 {regionCode} 不存在", $"region {regionCode} unknown");
            }
        }

        long? organisationId = null;
        if (!string.IsNullOrWhiteSpace(organisation))
        {
            var text = organisation.Trim();
            var byId = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
            var matches = await db.Organisations
                .Where(o => (regionId == null || o.RegionId == regionId) && (o.Id == byId || o.Name == text || o.Code == text))
                .OrderBy(o => o.Id).Select(o => new { o.Id, o.RegionId }).Take(2).ToListAsync(ct);
            if (matches.Count != 1)
            {
                var why = matches.Count == 0 ? "不存在" : "不唯一，请同时给出财政区划或改用编号";
                return DataResult<(long?, long?)>.Fail(DataErrorCode.Invalid, $"单位“{text}”{why}", $"organisation {text} not found or ambiguous");
            }

            organisationId = matches[0].Id;
            regionId ??= matches[0].RegionId;
        }

        return role switch
        {
            Role.FinanceReviewer when regionId is null => DataResult<(long?, long?)>.Fail(DataErrorCode.Invalid, "财政审核用户须指定财政区划", "a finance reviewer needs a region"),
            Role.UnitFiller or Role.DepartmentReviewer when organisationId is null =>
                DataResult<(long?, long?)>.Fail(DataErrorCode.Invalid, $"{WorkflowNames.Of(role)}用户须指定所属单位（部门）", "this role needs an organisation"),
            _ => DataResult<(long?, long?)>.Ok((regionId, organisationId)),
        };
    }

    private static DataError UnknownUser(string userName) => new(DataErrorCode.NotFound, $"用户“{userName}”不存在", $"user {userName} not found");
}
