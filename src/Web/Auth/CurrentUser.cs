using System.Security.Claims;
using Jixiao.Core.Workflow;
using Jixiao.Data;
using Microsoft.AspNetCore.Components.Authorization;

namespace Jixiao.Web.Auth;

/// <summary>
/// The person behind a request or a page's circuit: who they are, as an <see cref="Actor"/> for the audit
/// trail, and which sheets they reach (<see cref="ScopeAsync"/>, resolved once per request or circuit).
/// Every sheet query of the web goes through <see cref="ScopeAsync"/>.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services, JixiaoDbContext db)
{
    private SheetScope? scope;
    private ClaimsPrincipal? principal;

    public async Task<ClaimsPrincipal> PrincipalAsync()
    {
        if (principal is not null)
        {
            return principal;
        }

        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user)
        {
            return principal = user;
        }

        // Inside an interactive page's circuit there is no request: the circuit's authentication state.
        var state = services.GetService<AuthenticationStateProvider>();
        return principal = state is null ? new ClaimsPrincipal() : (await state.GetAuthenticationStateAsync()).User;
    }

    public async Task<Actor?> ActorAsync()
    {
        var user = await PrincipalAsync();
        return user.RoleOf() is { } role
            ? new Actor(user.Long(JixiaoClaims.UserId), user.Identity!.Name ?? "?", role, http.HttpContext?.Connection.RemoteIpAddress?.ToString())
            : null;
    }

    public async Task<Role?> RoleAsync() => (await PrincipalAsync()).RoleOf();

    public async Task<SheetScope> ScopeAsync(CancellationToken ct = default)
    {
        if (scope is not null)
        {
            return scope;
        }

        var user = await PrincipalAsync();
        return scope = user.RoleOf() is { } role
            ? await SheetScope.ResolveAsync(db, role, user.Long(JixiaoClaims.RegionId), user.Long(JixiaoClaims.OrganisationId), ct)
            : SheetScope.None;
    }
}
