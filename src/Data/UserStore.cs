using System.Security.Cryptography;
using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A user to add: the scope of the role is a region (财政审核) or an organisation (单位填报, 主管部门审核), by code or name.</summary>
public sealed record NewUser(string UserName, string DisplayName, Role Role, string Password)
{
    public string? RegionCode { get; init; }

    /// <summary>The organisation's id, or its name or 单位编码 (within the region, when one is given).</summary>
    public string? Organisation { get; init; }
}

public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
    Disabled,
}

public sealed record SignInResult(SignInOutcome Outcome, UserEntity? User, DateTimeOffset? LockedUntil = null);

/// <summary>
/// Users and their passwords: ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2), a lockout of
/// <see cref="LockoutMinutes"/> minutes after <see cref="MaxFailedSignIns"/> failures in a row, and every change audited.
/// </summary>
public static partial class UserStore
{
    public const int MaxFailedSignIns = 5;
    public const int LockoutMinutes = 15;
    public const int MinPasswordLength = 10;
    public const int MaxNameLength = 64;

    private static readonly PasswordHasher<UserEntity> Hasher = new();

    public static async Task<DataResult<UserEntity>> AddAsync(JixiaoDbContext db, Actor actor, NewUser user, CancellationToken ct = default)
    {
        var name = user.UserName.Trim();
        if (name.Length is 0 or > MaxNameLength || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return Invalid($"用户名应为 1 至 {MaxNameLength} 个字符，不含空格或控制字符");
        }

        if (PasswordProblem(user.Password) is { } problem)
        {
            return Invalid(problem);
        }

        if (await db.Users.AnyAsync(u => u.UserName == name, ct))
        {
            return DataResult<UserEntity>.Fail(DataErrorCode.Duplicate, $"用户名“{name}”已存在", $"user {name} exists");
        }

        var scope = await ScopeAsync(db, user.Role, user.RegionCode, user.Organisation, ct);
        if (scope.Error is { } error)
        {
            return error;
        }

        var entity = new UserEntity
        {
            UserName = name,
            DisplayName = string.IsNullOrWhiteSpace(user.DisplayName) ? name : user.DisplayName.Trim(),
            PasswordHash = "",
            Role = user.Role,
            RegionId = scope.Value.RegionId,
            OrganisationId = scope.Value.OrganisationId,
            SecurityStamp = NewStamp(),
            CreatedAt = db.Clock.GetUtcNow(),
        };
        entity.PasswordHash = Hasher.HashPassword(entity, user.Password);
        db.Users.Add(entity);
        AuditTrail.Record(db, actor, AuditTrail.Actions.User, $"新增用户 {name}（{WorkflowNames.Of(user.Role)}）",
            detail: new { user = name, role = user.Role.ToString(), regionId = entity.RegionId, organisationId = entity.OrganisationId });
        await db.SaveChangesAsync(ct);
        return DataResult<UserEntity>.Ok(entity);
    }

    /// <summary>
    /// Checks a password and records the attempt: a success resets the failures, the
    /// <see cref="MaxFailedSignIns"/>-th failure in a row locks the account. An unknown name fails like a
    /// wrong password (the answer does not tell which), and is recorded too.
    /// </summary>
    public static async Task<SignInResult> SignInAsync(JixiaoDbContext db, string userName, string password, string? address, CancellationToken ct = default)
    {
        var name = userName.Trim();
        var user = name.Length is 0 or > MaxNameLength ? null : await db.Users.SingleOrDefaultAsync(u => u.UserName == name, ct);
        var now = db.Clock.GetUtcNow();
        var actor = new Actor(user?.Id, name.Length > MaxNameLength ? name[..MaxNameLength] : name, user?.Role ?? Role.UnitFiller, address);
        SignInResult result;
        if (user is null)
        {
            result = new SignInResult(SignInOutcome.Failed, null);
        }
        else if (user.Disabled)
        {
            result = new SignInResult(SignInOutcome.Disabled, null);
        }
        else if (user.LockedUntil is { } until && until > now)
        {
            result = new SignInResult(SignInOutcome.LockedOut, null, until);
        }
        else if (Hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= MaxFailedSignIns)
            {
                user.LockedUntil = now.AddMinutes(LockoutMinutes);
                user.FailedSignIns = 0;
            }

            result = user.LockedUntil > now ? new SignInResult(SignInOutcome.LockedOut, null, user.LockedUntil) : new SignInResult(SignInOutcome.Failed, null);
        }
        else
        {
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            user.LastSignInAt = now;
            result = new SignInResult(SignInOutcome.SignedIn, user);
        }

        var (action, summary) = result.Outcome == SignInOutcome.SignedIn
            ? (AuditTrail.Actions.SignIn, $"{name} 登录")
            : (AuditTrail.Actions.SignInFailed, $"{actor.UserName} 登录失败（{Describe(result.Outcome)}）");
        AuditTrail.Record(db, actor, action, summary);
        await db.SaveChangesAsync(ct);
        return result;
    }

    public static string Describe(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.LockedOut => "账号已锁定",
        SignInOutcome.Disabled => "账号已停用",
        SignInOutcome.Failed => "用户名或密码错误",
        _ => "成功",
    };

    /// <summary>Why a password is refused, or null: at least <see cref="MinPasswordLength"/> characters of at least two kinds.</summary>
    public static string? PasswordProblem(string? password)
    {
        if (password is null || password.Length < MinPasswordLength || password.Length > 256)
        {
            return $"密码至少 {MinPasswordLength} 个字符（至多 256 个）";
        }

        var kinds = new[] { password.Any(char.IsAsciiLetterLower), password.Any(char.IsAsciiLetterUpper), password.Any(char.IsAsciiDigit), password.Any(c => !char.IsAsciiLetterOrDigit(c)) };
        return kinds.Count(k => k) < 2 ? "密码应包含字母、数字或符号中的至少两类" : null;
    }

    /// <summary>A random password that <see cref="PasswordProblem"/> accepts (16 characters, letters and digits).</summary>
    public static string GeneratePassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        var chars = RandomNumberGenerator.GetItems<char>(letters + digits, 14).ToList();
        chars.Add(RandomNumberGenerator.GetItems<char>(digits, 1)[0]);
        chars.Add(RandomNumberGenerator.GetItems<char>(letters, 1)[0]);
        return new string([.. chars]);
    }

    internal static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static DataResult<UserEntity> Invalid(string message) => DataResult<UserEntity>.Fail(DataErrorCode.Invalid, message, message);
}
