using Jixiao.Core.Workflow;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Startup;

/// <summary>
/// On a first start with no users: one administrator (admin) and, where the samples were loaded, demo
/// users of the sample region 湟源县 (630123) — 财政审核 caizheng, 主管部门审核 zhuguan and 单位填报 danwei.
/// Their passwords are generated (or Jixiao:InitialPassword, for tests and demos) and written to the log
/// once; nothing else keeps them.
/// </summary>
public static class FirstUsers
{
    public const string DemoRegion = "630123";

    public static async Task CreateAsync(JixiaoDbContext db, JixiaoOptions options, ILogger logger, CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var system = Actor.System("初始化");
        await AddAsync(db, system, new NewUser("admin", "系统管理员", Role.Administrator, Password(options)), logger, ct);
        var sample = await db.Sheets.AsNoTracking()
            .Where(s => s.Region != null && s.Region.Code == DemoRegion && s.SupervisingDepartmentId != null)
            .OrderBy(s => s.Id).Select(s => new { s.SupervisingDepartmentId, Unit = s.UnitId ?? s.DepartmentId }).FirstOrDefaultAsync(ct);
        if (sample is null)
        {
            return;
        }

        var supervising = sample.SupervisingDepartmentId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var unit = (sample.Unit ?? sample.SupervisingDepartmentId)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await AddAsync(db, system, new NewUser("caizheng", "财政局绩效科（示例）", Role.FinanceReviewer, Password(options)) { RegionCode = DemoRegion }, logger, ct);
        await AddAsync(db, system, new NewUser("zhuguan", "主管部门审核（示例）", Role.DepartmentReviewer, Password(options)) { Organisation = supervising }, logger, ct);
        await AddAsync(db, system, new NewUser("danwei", "单位填报（示例）", Role.UnitFiller, Password(options)) { Organisation = unit }, logger, ct);
    }

    private static string Password(JixiaoOptions options) =>
        string.IsNullOrEmpty(options.InitialPassword) ? UserStore.GeneratePassword() : options.InitialPassword;

    private static async Task AddAsync(JixiaoDbContext db, Actor actor, NewUser user, ILogger logger, CancellationToken ct)
    {
        var added = await UserStore.AddAsync(db, actor, user, ct);
        if (added.Error is { } error)
        {
            logger.LogWarning("未能创建初始用户 {User}：{Error}", user.UserName, error.MessageZh);
            return;
        }

        logger.LogWarning("已创建用户 {User}（{Role}），初始密码：{Password} —— 只显示这一次，请登录后妥善保管或由管理员重置",
            user.UserName, WorkflowNames.Of(user.Role), user.Password);
    }
}
