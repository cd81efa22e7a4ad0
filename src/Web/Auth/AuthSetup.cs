using System.Threading.RateLimiting;
using Jixiao.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Auth;

/// <summary>
/// Sign-in: a cookie for people (8 hours, sliding; HttpOnly, SameSite=Lax; checked against the user's
/// security stamp so sign-out everywhere, a password reset or disabling ends it), a bearer token for API
/// clients, and the policy scheme that picks one by the request. Rate limits on sign-in and upload.
/// </summary>
public static class AuthSetup
{
    public const string Scheme = "jixiao";
    public const string SignInLimit = "sign-in";
    public const string UploadLimit = "upload";

    public static WebApplicationBuilder AddJixiaoAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Jixiao", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthentication.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null)
            .AddCookie(options =>
            {
                options.Cookie.Name = "jixiao.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/status/403";
                options.Events.OnValidatePrincipal = ValidateStampAsync;
                options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            });
        builder.Services.AddAuthorizationBuilder().AddPolicies();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "-",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(UploadLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "-",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }

    private static AuthorizationBuilder AddPolicies(this AuthorizationBuilder builder)
    {
        Policies.Add(builder);
        return builder;
    }

    /// <summary>The API answers 401/403 (problem+json, by the status pages); pages go to the sign-in page.</summary>
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (Startup.StatusAnswers.IsApi(context.HttpContext) || status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>A session ends when its user is disabled or their security stamp changed since it was issued.</summary>
    private static async Task ValidateStampAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.Long(JixiaoClaims.UserId);
        var stamp = context.Principal?.FindFirst(JixiaoClaims.Stamp)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<JixiaoDbContext>();
        var current = id is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == id && !u.Disabled)
            .Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || current != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
