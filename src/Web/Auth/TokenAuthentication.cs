using System.Text.Encodings.Web;
using Jixiao.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Auth;

/// <summary>
/// API clients: <c>Authorization: Bearer jx_…</c>, a personal token (<see cref="UserStore.IssueTokenAsync"/>)
/// whose SHA-256 is looked up; a revoked or expired token, or a disabled user, is not signed in.
/// </summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var db = Context.RequestServices.GetRequiredService<JixiaoDbContext>();
        var user = await UserStore.FindByTokenAsync(db, header["Bearer ".Length..].Trim(), Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("API 令牌无效、已吊销或已过期")
            : AuthenticateResult.Success(new AuthenticationTicket(JixiaoClaims.Principal(user, SchemeName), SchemeName));
    }
}
