using System.Globalization;
using System.Security.Claims;
using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;

namespace Jixiao.Web.Auth;

/// <summary>The claims of a signed-in user: id, name, display name, role, scope and the security stamp a session was issued with.</summary>
public static class JixiaoClaims
{
    public const string UserId = "jx:uid";
    public const string RegionId = "jx:region";
    public const string OrganisationId = "jx:org";
    public const string Stamp = "jx:stamp";
    public const string DisplayName = "jx:display";

    public static ClaimsPrincipal Principal(UserEntity user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(UserId, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(DisplayName, user.DisplayName),
            new(ClaimTypes.Role, user.Role.ToString()),
            new(Stamp, user.SecurityStamp),
        };
        if (user.RegionId is { } region)
        {
            claims.Add(new Claim(RegionId, region.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.OrganisationId is { } organisation)
        {
            claims.Add(new Claim(OrganisationId, organisation.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static long? Long(this ClaimsPrincipal user, string type) =>
        long.TryParse(user.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static Role? RoleOf(this ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
}
