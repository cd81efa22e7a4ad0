using System.CommandLine;
using Jixiao.Core.Review;

namespace Jixiao.Cli;

/// <summary>`jixiao rules`: prints the shipped default rule set, for a region to copy, edit and pass to `review --rules`.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("rules", "输出内置默认规则集（JSON），可复制修改后用于 review --rules / print the default rule set");
        command.SetAction(_ =>
        {
            stdout.Write(RuleSet.DefaultJson().TrimEnd());
            stdout.WriteLine();
            return 0;
        });
        return command;
    }
}
