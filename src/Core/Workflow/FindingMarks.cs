using System.Security.Cryptography;
using System.Text;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;

namespace Jixiao.Core.Workflow;

/// <summary>A reviewer's judgement of one finding (审核意见标记), always with a reason.</summary>
public enum MarkStatus
{
    /// <summary>已核实: the defect is real; it stays, and the unit must fix it.</summary>
    Verified,

    /// <summary>不适用: the finding does not apply to this sheet; an error marked so no longer blocks submission.</summary>
    NotApplicable,
}

/// <summary>
/// What a mark is matched by (docs/decisions/016): the rule, the finding's <see cref="Finding.Cause"/> and its
/// rows. <see cref="Rows"/> is each row the finding covers as 一级 / 二级 / 三级指标 and a short digest of what a
/// diff compares of it (value, 实施周期 value, 指标解释, 计算公式, 依据, 权重), joined by “；”; for a finding on
/// no row, the part of the sheet it is about (绩效目标, 基本信息, 预算资金, 指标表). So a mark survives a new review,
/// edits of other rows and a resubmission, and stops applying when the finding goes or its own row changes.
/// </summary>
public sealed record FindingKey(string RuleId, string Cause, string Rows)
{
    public static FindingKey Of(Finding finding)
    {
        var rows = finding.AllRows.ToList();
        var text = rows.Count == 0
            ? FindingText.Place(finding)
            : string.Join("；", rows.Select(r => SheetDiff.RowKey(r) + "｜" + Digest(SheetDiff.RowContent(r))));
        return new FindingKey(finding.RuleId, finding.Cause ?? "", text);
    }

    /// <summary><see cref="Rows"/> for people: the rows' 一级 / 二级 / 三级指标 without their digests.</summary>
    public static string Readable(string rows) =>
        string.Join("；", rows.Split('；').Select(r => r.Split('｜')[0]));

    private static string Digest(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..12];
}

public static class MarkNames
{
    public static string Of(MarkStatus status) => status switch
    {
        MarkStatus.Verified => "已核实",
        MarkStatus.NotApplicable => "不适用",
        _ => status.ToString(),
    };

    /// <summary>The API code: verified, not-applicable.</summary>
    public static string Code(MarkStatus status) => status == MarkStatus.Verified ? "verified" : "not-applicable";

    /// <summary>A status from its code or Chinese name; null when it is neither.</summary>
    public static MarkStatus? Parse(string? text) => text?.Trim() switch
    {
        "verified" or "Verified" or "已核实" => MarkStatus.Verified,
        "not-applicable" or "NotApplicable" or "notApplicable" or "不适用" => MarkStatus.NotApplicable,
        _ => null,
    };
}
