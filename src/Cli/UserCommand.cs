using System.CommandLine;
using Jixiao.Core.Workflow;
using Jixiao.Data;

namespace Jixiao.Cli;

/// <summary>
/// `jixiao user add|list|disable|enable|reset-password|token`: users of the web app, on the database the
/// web app uses (--provider, --connection or the same environment variables). Passwords and tokens made
/// here are printed once. Exit codes: 0 done; 2 usage error, refused change or unreachable database.
/// </summary>
internal static class UserCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var provider = new Option<string?>("--provider") { Description = "数据库类型（默认 sqlite）", HelpName = "sqlite|postgres", Recursive = true };
        var connection = new Option<string?>("--connection") { Description = "连接字符串（默认同 jixiao migrate）", HelpName = "STRING", Recursive = true };
        var user = new Command("user", "管理 Web 用户：新增、列出、停用、启用、重置密码、发放 API 令牌 / manage users") { provider, connection };

        var name = new Argument<string>("用户名");
        var role = new Option<string>("--role") { Description = "角色：UnitFiller（单位填报）| DepartmentReviewer（主管部门审核）| FinanceReviewer（财政审核）| Administrator（管理员）", Required = true };
        var region = new Option<string?>("--region") { Description = "财政区划代码（财政审核必填）" };
        var organisation = new Option<string?>("--organisation") { Description = "所属单位或部门：编号、名称或单位编码（单位填报、主管部门审核必填）" };
        var display = new Option<string?>("--display-name") { Description = "显示名" };
        var password = new Option<string?>("--password") { Description = "密码（不给出则生成并显示一次）" };
        var add = new Command("add", "新增用户") { name, role, region, organisation, display, password };
        add.SetAction((parse, ct) => RunAsync(parse, provider, connection, environment, stderr, async db =>
        {
            if (!Enum.TryParse<Role>(parse.GetValue(role), ignoreCase: true, out var parsed) || parse.GetValue(role)!.All(char.IsAsciiDigit))
            {
                stderr.WriteLine("角色无效：应为 UnitFiller、DepartmentReviewer、FinanceReviewer 或 Administrator");
                return JixiaoCommand.UsageOrUnreadable;
            }

            var secret = parse.GetValue(password) ?? UserStore.GeneratePassword();
            var added = await UserStore.AddAsync(db, Actor.System("命令行"), new NewUser(parse.GetValue(name)!, parse.GetValue(display) ?? "", parsed, secret)
            {
                RegionCode = parse.GetValue(region),
                Organisation = parse.GetValue(organisation),
            }, ct);
            return Report(added.Error, stdout, stderr, $"已新增用户 {parse.GetValue(name)}（{WorkflowNames.Of(parsed)}），密码：{secret}");
        }));

        var list = new Command("list", "列出用户");
        list.SetAction((parse, ct) => RunAsync(parse, provider, connection, environment, stderr, async db =>
        {
            foreach (var u in await UserStore.ListAsync(db, ct))
            {
                var scope = u.Region?.Name ?? u.Organisation?.Name ?? "全部";
                stdout.WriteLine($"{u.UserName}\t{u.DisplayName}\t{WorkflowNames.Of(u.Role)}\t{scope}\t{(u.Disabled ? "已停用" : "启用")}");
            }

            return 0;
        }));

        var disable = new Command("disable", "停用用户（立即结束其所有会话与令牌）") { name };
        disable.SetAction((parse, ct) => RunAsync(parse, provider, connection, environment, stderr, async db =>
            Report((await UserStore.SetDisabledAsync(db, Actor.System("命令行"), parse.GetValue(name)!, true, ct)).Error, stdout, stderr, $"已停用用户 {parse.GetValue(name)}")));
        var enable = new Command("enable", "启用用户") { name };
        enable.SetAction((parse, ct) => RunAsync(parse, provider, connection, environment, stderr, async db =>
            Report((await UserStore.SetDisabledAsync(db, Actor.System("命令行"), parse.GetValue(name)!, false, ct)).Error, stdout, stderr, $"已启用用户 {parse.GetValue(name)}")));

        var reset = new Command("reset-password", "重置密码并解除锁定") { name, password };
        reset.SetAction((parse, ct) => RunAsync(parse, provider, connection, environment, stderr, async db =>
        {
            var result = await UserStore.ResetPasswordAsync(db, Actor.System("命令行"), parse.GetValue(name)!, parse.GetValue(password), ct);
            return Report(result.Error, stdout, stderr, $"已重置用户 {parse.GetValue(name)} 的密码：{result.Value}");
        }));

        var tokenName = new Option<string?>("--name") { Description = "令牌名称（如所用的程序）" };
        var days = new Option<int?>("--days") { Description = "有效天数（不给出则长期有效，直至吊销）" };
        var token = new Command("token", "为用户发放个人 API 令牌（只显示一次）") { name, tokenName, days };
        token.SetAction((parse, ct) => RunAsync(parse, provider, connection, environment, stderr, async db =>
        {
            if (await UserStore.FindAsync(db, parse.GetValue(name)!, ct) is not { } found)
            {
                stderr.WriteLine($"用户“{parse.GetValue(name)}”不存在");
                return JixiaoCommand.UsageOrUnreadable;
            }

            var issued = await UserStore.IssueTokenAsync(db, Actor.System("命令行"), found.Id, parse.GetValue(tokenName) ?? "API", parse.GetValue(days), ct);
            stdout.WriteLine(issued.Token);
            return 0;
        }));

        foreach (var sub in new[] { add, list, disable, enable, reset, token })
        {
            user.Subcommands.Add(sub);
        }

        return user;
    }

    private static int Report(DataError? error, TextWriter stdout, TextWriter stderr, string done)
    {
        if (error is not null)
        {
            stderr.WriteLine(error.MessageZh);
            return JixiaoCommand.UsageOrUnreadable;
        }

        stdout.WriteLine(done);
        return 0;
    }

    private static async Task<int> RunAsync(ParseResult parse, Option<string?> provider, Option<string?> connection, Func<string, string?> environment, TextWriter stderr, Func<JixiaoDbContext, Task<int>> work)
    {
        var target = DatabaseTarget.Resolve(parse.GetValue(provider), parse.GetValue(connection), environment);
        if (target.Error is { } error)
        {
            stderr.WriteLine(error);
            return JixiaoCommand.UsageOrUnreadable;
        }

        await using var db = JixiaoDb.Create(target.Settings!);
        var status = await Migrator.StatusAsync(db);
        if (status.Pending.Count > 0 || status.Error is not null)
        {
            stderr.WriteLine($"数据库 {target.Description} 的结构不是最新，请先运行 jixiao migrate");
            return JixiaoCommand.UsageOrUnreadable;
        }

        return await work(db);
    }
}
