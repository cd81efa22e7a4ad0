using System.Globalization;
using Jixiao.Core.Workflow;
using Jixiao.Data;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Api;

/// <summary>管理员: users (add, disable, enable, reset a password) and the audit trail, searchable.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("管理").RequireAuthorization(Policies.Admin);
        users.MapGet("/", ListUsers).WithName(nameof(ListUsers)).WithSummary("用户列表");
        users.MapPost("/", AddUser).WithName(nameof(AddUser)).WithSummary("新增用户（userName、displayName、role、regionCode、organisation、password）");
        users.MapPost("/{userName}/disable", DisableUser).WithName(nameof(DisableUser)).WithSummary("停用用户（立即结束其所有会话与令牌）");
        users.MapPost("/{userName}/enable", EnableUser).WithName(nameof(EnableUser)).WithSummary("启用用户");
        users.MapPost("/{userName}/reset-password", ResetPassword).WithName(nameof(ResetPassword)).WithSummary("重置密码（不给出则生成，只显示一次）");
        app.MapGet("/api/audit", SearchAudit).WithTags("管理").WithName(nameof(SearchAudit)).WithSummary("审计记录：按用户、操作、目标表、时间、内容检索")
            .RequireAuthorization(Policies.Admin);
        return app;
    }

    public sealed record UserView(long Id, string UserName, string DisplayName, string Role, string RoleName, string? Region, string? Organisation, bool Disabled, DateTimeOffset? LockedUntil, DateTimeOffset? LastSignInAt);

    public sealed record NewUserRequest(string? UserName, string? DisplayName, string? Role, string? RegionCode, string? Organisation, string? Password);

    public sealed record PasswordRequest(string? Password);

    public sealed record NewPassword(string UserName, string Password);

    public sealed record AuditView(long Id, DateTimeOffset At, string? UserName, string? Address, string Action, long? SheetId, long? DocumentId, string Summary, string? Detail);

    public sealed record AuditPage(IReadOnlyList<AuditView> Items, int Total);

    internal static async Task<Ok<List<UserView>>> ListUsers(JixiaoDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await UserStore.ListAsync(db, ct)).Select(u => new UserView(u.Id, u.UserName, u.DisplayName, u.Role.ToString(), WorkflowNames.Of(u.Role),
            u.Region?.Name, u.Organisation?.Name, u.Disabled, u.LockedUntil, u.LastSignInAt)).ToList());

    internal static async Task<Results<Created<NewPassword>, ValidationProblem, Conflict<ProblemDetails>>> AddUser(JixiaoDbContext db, CurrentUser user, NewUserRequest request, CancellationToken ct)
    {
        if (!Enum.TryParse<Role>(request.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || request.Role!.All(char.IsAsciiDigit))
        {
            return Invalid("role", "角色应为 UnitFiller（单位填报）、DepartmentReviewer（主管部门审核）、FinanceReviewer（财政审核）或 Administrator（管理员）");
        }

        var password = string.IsNullOrEmpty(request.Password) ? UserStore.GeneratePassword() : request.Password;
        var added = await UserStore.AddAsync(db, (await user.ActorAsync())!, new NewUser(request.UserName ?? "", request.DisplayName ?? "", role, password)
        {
            RegionCode = request.RegionCode,
            Organisation = request.Organisation,
        }, ct);
        if (added.Error is { } error)
        {
            return error.Code == DataErrorCode.Duplicate
                ? TypedResults.Conflict(new ProblemDetails { Title = "用户已存在", Detail = error.MessageZh, Status = StatusCodes.Status409Conflict, Extensions = { ["code"] = error.CodeText } })
                : Invalid("user", error.MessageZh);
        }

        return TypedResults.Created("/api/users/" + Uri.EscapeDataString(added.Value!.UserName), new NewPassword(added.Value.UserName, password));
    }

    internal static Task<Results<NoContent, NotFound<ProblemDetails>>> DisableUser(JixiaoDbContext db, CurrentUser user, string userName, CancellationToken ct) =>
        SetDisabledAsync(db, user, userName, true, ct);

    internal static Task<Results<NoContent, NotFound<ProblemDetails>>> EnableUser(JixiaoDbContext db, CurrentUser user, string userName, CancellationToken ct) =>
        SetDisabledAsync(db, user, userName, false, ct);

    private static async Task<Results<NoContent, NotFound<ProblemDetails>>> SetDisabledAsync(JixiaoDbContext db, CurrentUser user, string userName, bool disabled, CancellationToken ct)
    {
        var result = await UserStore.SetDisabledAsync(db, (await user.ActorAsync())!, userName, disabled, ct);
        return result.Error is { } error ? UserNotFound(error) : TypedResults.NoContent();
    }

    internal static async Task<Results<Ok<NewPassword>, ValidationProblem, NotFound<ProblemDetails>>> ResetPassword(
        JixiaoDbContext db, CurrentUser user, string userName, PasswordRequest? request, CancellationToken ct)
    {
        var result = await UserStore.ResetPasswordAsync(db, (await user.ActorAsync())!, userName, string.IsNullOrEmpty(request?.Password) ? null : request.Password, ct);
        if (result.Error is { } error)
        {
            return error.Code == DataErrorCode.NotFound ? UserNotFound(error) : Invalid("password", error.MessageZh);
        }

        return TypedResults.Ok(new NewPassword(userName, result.Value!));
    }

    internal static async Task<Results<Ok<AuditPage>, ValidationProblem>> SearchAudit(
        JixiaoDbContext db, string? user, string? action, long? sheet, string? from, string? to, string? q, int? page, CancellationToken ct)
    {
        if (!TryTime(from, out var start))
        {
            return Invalid("from", "起始时间应为 2026-01-31 或 2026-01-31T08:00:00+08:00 的格式");
        }

        if (!TryTime(to, out var end))
        {
            return Invalid("to", "截止时间应为 2026-01-31 或 2026-01-31T08:00:00+08:00 的格式");
        }

        if (page is < 1 or > 100_000 || q?.Length > 100)
        {
            return Invalid("page", "页码应为正整数，检索词至多 100 字");
        }

        var (items, total) = await AuditTrail.SearchAsync(db, new AuditQuery(user, action, sheet, start, end, q) { Page = page ?? 1 }, ct);
        return TypedResults.Ok(new AuditPage([.. items.Select(e => new AuditView(e.Id, e.At, e.UserName, e.Address, e.Action, e.SheetId, e.DocumentId, e.Summary, e.Detail))], total));
    }

    /// <summary>A time given as text (none is fine); false when it is given and not a time.</summary>
    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (text is null)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        time = parsed;
        return true;
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "参数有误", extensions: new Dictionary<string, object?> { ["code"] = "REQUEST-INVALID" });

    private static NotFound<ProblemDetails> UserNotFound(DataError error) =>
        TypedResults.NotFound(new ProblemDetails { Title = "找不到用户", Detail = error.MessageZh, Status = StatusCodes.Status404NotFound });
}
