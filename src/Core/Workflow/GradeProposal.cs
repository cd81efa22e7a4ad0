using System.Globalization;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Workflow;

/// <summary>A proposed 审核结果 and the reasons for it, for the reviewer to confirm or change.</summary>
public sealed record GradeProposal(ReviewGrade Grade, int Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Proposes the 审核结果 of a review from its findings (财预〔2015〕88号's 完整性 / 相关性 / 适当性 /
/// 可行性, as the rules check them): from 100 points, an open error takes 15 (a structural one, a
/// missing level or table, 20), a warning 3, at most three findings of one rule counted; 优 ≥ 90,
/// 良 ≥ 75, 中 ≥ 60, else 差. A sheet without indicators is 差. Findings a reviewer has marked 不适用
/// with a reason do not count. Each deduction is a reason, largest first.
/// </summary>
public static class GradeProposals
{
    public const int ErrorPoints = 15;
    public const int StructuralErrorPoints = 20;
    public const int WarningPoints = 3;
    public const int CountedPerRule = 3;

    public static GradeProposal Propose(TargetSheet sheet, IEnumerable<Finding> openFindings)
    {
        if (sheet.Indicators.Count == 0)
        {
            return new GradeProposal(ReviewGrade.Poor, 0, ["没有绩效指标：目标表不完整，不能进入预算"]);
        }

        var deductions = openFindings
            .Where(f => f.Severity != Severity.Info)
            .GroupBy(f => (f.RuleId, f.Severity))
            .Select(g => (g.Key.RuleId, g.Key.Severity, Count: g.Count(), Points: Math.Min(g.Count(), CountedPerRule) * PointsOf(g.Key.RuleId, g.Key.Severity)))
            .OrderByDescending(d => d.Points)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ToList();
        var score = Math.Max(0, 100 - deductions.Sum(d => d.Points));
        var grade = score switch
        {
            >= 90 => ReviewGrade.Excellent,
            >= 75 => ReviewGrade.Good,
            >= 60 => ReviewGrade.Fair,
            _ => ReviewGrade.Poor,
        };
        var reasons = deductions.Count == 0
            ? new List<string> { "没有错误或警告级审核意见：目标完整、指标细化量化" }
            : deductions.Select(d => string.Create(CultureInfo.InvariantCulture,
                $"{TitleOf(d.RuleId)}（{d.RuleId}，{d.Severity.Chinese()}）{d.Count} 条，扣 {d.Points} 分")).ToList();
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"得分 {score}：优 ≥ 90，良 ≥ 75，中 ≥ 60，其余为差"));
        return new GradeProposal(grade, score, reasons);
    }

    private static int PointsOf(string ruleId, Severity severity) => severity switch
    {
        Severity.Error when ruleId.StartsWith("STR-", StringComparison.Ordinal) => StructuralErrorPoints,
        Severity.Error => ErrorPoints,
        _ => WarningPoints,
    };

    private static string TitleOf(string ruleId) =>
        RuleCatalogue.All.FirstOrDefault(r => string.Equals(r.Info.Id, ruleId, StringComparison.Ordinal))?.Info.Title ?? ruleId;
}
