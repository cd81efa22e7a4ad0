using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>
/// ENG-RULE-FAILED: a rule threw. That is a bug in Jixiao, not in the sheet; it is reported as a
/// finding so the reviewer knows the review is incomplete, and the other rules still run.
/// </summary>
public static class RuleFailure
{
    public const string Id = "ENG-RULE-FAILED";

    public static readonly RuleInfo Info = new(
        Id, "规则执行出错", Severity.Warning, RuleFamily.Structure,
        "审核规则自身出错，本表的审核结果不完整，需人工复核。");

    public static Finding Finding(Rule rule, TargetSheet? sheet, SourcePosition position, Exception error) =>
        new(Id, Severity.Warning, sheet, null, position,
            $"规则 {rule.Info.Id}（{rule.Info.Title}）执行出错，未完成检查：{error.GetType().Name}",
            Info.Why, "请将此问题报告给系统管理员；其余规则的结果不受影响。");
}
