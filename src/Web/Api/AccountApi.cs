using System.Security.Claims;
using Jixiao.Core.Workflow;
using Jixiao.Data;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>The signed-in person: who they are, sign-out (here or everywhere), and their personal API tokens.</summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", SignOut).WithTags("账号").WithName("SignOut").WithSummary("退出登录（表单提交；everywhere=true 时在所有设备上退出）");
        var group = app.MapGroup("/api/account").WithTags("账号");
        group.MapGet("/", Me).WithName("GetAccount").WithSummary("当前用户：用户名、角色、所辖范围");
        group.MapPost("/tokens", IssueToken).WithName("IssueToken").WithSummary("新建个人 API 令牌（只显示一次）");
        group.MapDelete("/tokens/{id:long}", RevokeToken).WithName("RevokeToken").WithSummary("吊销个人 API 令牌");
        return app;
    }

    public sealed record Account(string UserName, string DisplayName, string Role, string RoleName, long? RegionId, long? OrganisationId);

    public sealed record TokenRequest(string? Name, int? Days);

    internal static async Task<RedirectHttpResult> SignOut(HttpContext http, JixiaoDbContext db, CurrentUser user, [FromForm] string? everywhere)
    {
        if (await user.ActorAsync() is { UserId: { } id } actor)
        {
            if (everywhere == "true")
            {
                await UserStore.SignOutEverywhereAsync(db, actor, id, http.RequestAborted);
            }
            else
            {
                AuditTrail.Record(db, actor, AuditTrail.Actions.SignOut, $"{actor.UserName} 退出登录");
                await db.SaveChangesAsync(http.RequestAborted);
            }
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect("/login");
    }

    internal static Ok<Account> Me(ClaimsPrincipal user)
    {
        var role = user.RoleOf()!.Value;
        return TypedResults.Ok(new Account(user.Identity!.Name!, user.FindFirstValue(JixiaoClaims.DisplayName) ?? "", role.ToString(), WorkflowNames.Of(role),
            user.Long(JixiaoClaims.RegionId), user.Long(JixiaoClaims.OrganisationId)));
    }

    internal static async Task<Results<Created<IssuedToken>, ValidationProblem>> IssueToken(JixiaoDbContext db, CurrentUser user, TokenRequest? request, CancellationToken ct)
    {
        if (request?.Days is < 1 or > 366)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = ["有效期应为 1 至 366 天（不填则长期有效，直至吊销）"] }, title: "参数有误");
        }

        var actor = (await user.ActorAsync())!;
        var issued = await UserStore.IssueTokenAsync(db, actor, actor.UserId!.Value, request?.Name ?? "API", request?.Days, ct);
        return TypedResults.Created("/api/account/tokens/" + issued.Id, issued);
    }

    internal static async Task<Results<NoContent, NotFound>> RevokeToken(JixiaoDbContext db, CurrentUser user, long id, CancellationToken ct)
    {
        var actor = (await user.ActorAsync())!;
        return await UserStore.RevokeTokenAsync(db, actor, actor.UserId!.Value, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
