using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Document;

/// <summary>
/// DOC-TOTAL-MISMATCH: a 合计 (or a unit's subtotal, labelled with its code: 426 / 426001) the
/// document declares differs from the sum of the budgets of the sheets it covers.
/// </summary>
public sealed class DeclaredTotalRule : DocumentRule
{
    public override RuleInfo Info { get; } = new(
        "DOC-TOTAL-MISMATCH", "合计数与各项目金额之和不符", Severity.Error, RuleFamily.Document,
        "合计数应等于所列项目金额之和；不符说明漏列、重列了项目或金额填错，公开和批复的预算数据将自相矛盾。")
    {
        Parameters = [new RuleParameter("toleranceWan", 0.01m, "允许的尾差（万元），默认 0.01")],
    };

    public override void Check(DocumentContext document, FindingSink findings)
    {
        if (document.Document.Totals.Count == 0)
        {
            return; // the usual document: no 合计 to check, so no list of its sheets either
        }

        var sheets = document.Document.Sheets;
        var projects = sheets.Where(s => s.Kind == SheetKind.Project).ToList();
        var pool = projects.Count > 0 ? projects : [.. sheets];
        foreach (var total in document.Document.Totals)
        {
            var code = LeadingCode(total.Label);
            var covered = code is null
                ? pool
                : pool.Where(s => s.UnitCode is { } unit && unit.StartsWith(code, StringComparison.Ordinal)).ToList();
            if (covered.Count == 0 || covered.Any(s => ProjectNames.YearWan(s) is null))
            {
                continue;
            }

            var sum = covered.Sum(s => ProjectNames.YearWan(s)!.Value);
            var declared = total.Amount.ToWan();
            if (Math.Abs(sum - declared) > findings.Parameter("toleranceWan"))
            {
                findings.Report(total.Position,
                    $"“{total.Label}”为{ProjectNames.Wan(declared)}，所列{covered.Count}个项目金额之和为{ProjectNames.Wan(sum)}，相差{ProjectNames.Wan(declared - sum)}",
                    "逐项核对项目金额，检查是否漏列或重列项目，使合计数等于各项目金额之和");
            }
        }
    }

    /// <summary>The unit code a subtotal's label starts with (426 门源县就业局 → 426); null for 合计.</summary>
    private static string? LeadingCode(string label)
    {
        var end = 0;
        while (end < label.Length && char.IsAsciiDigit(label[end]))
        {
            end++;
        }

        return end >= 2 ? label[..end] : null;
    }
}
