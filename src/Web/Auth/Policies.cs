using Jixiao.Core.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Auth;

/// <summary>
/// The authorization policies endpoints and pages name. Every endpoint needs a signed-in user unless it
/// says otherwise (the fallback policy): the portal, sign-in and static files are the only anonymous ones.
/// Which sheets a person reaches is decided apart from these, by their <see cref="Data.SheetScope"/>.
/// </summary>
public static class Policies
{
    /// <summary>Imports documents: 单位填报, 财政审核 (tables of other regions, for the library), 管理员.</summary>
    public const string Import = "import";

    /// <summary>Edits drafts: 单位填报 and 管理员.</summary>
    public const string Edit = "edit";

    /// <summary>Reviews: 主管部门审核, 财政审核, 管理员.</summary>
    public const string Review = "review";

    /// <summary>A region's settings (rule set, form layout): 财政审核 (its own region) and 管理员 (docs/decisions/016).</summary>
    public const string Settings = "settings";

    /// <summary>Users, the audit search: 管理员.</summary>
    public const string Admin = "admin";

    public static void Add(AuthorizationBuilder builder)
    {
        builder.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.AddPolicy(Import, p => p.RequireRole(Names(Role.UnitFiller, Role.FinanceReviewer, Role.Administrator)));
        builder.AddPolicy(Edit, p => p.RequireRole(Names(Role.UnitFiller, Role.Administrator)));
        builder.AddPolicy(Review, p => p.RequireRole(Names(Role.DepartmentReviewer, Role.FinanceReviewer, Role.Administrator)));
        builder.AddPolicy(Settings, p => p.RequireRole(Names(Role.FinanceReviewer, Role.Administrator)));
        builder.AddPolicy(Admin, p => p.RequireRole(Names(Role.Administrator)));
    }

    private static string[] Names(params Role[] roles) => [.. roles.Select(r => r.ToString())];
}
