using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-HEADER-FIELD-MISSING: a project sheet leaves empty a header field (实施期限, 项目负责人, 联系电话,
/// 资金性质, 项目属性, 主管部门) that the other project sheets of the same document fill — so the form has the
/// field and this sheet skipped it. Fields a form family does not have are never asked for.
/// </summary>
public sealed class HeaderFieldMissingRule : DocumentRule
{
    private static readonly string[] Labels = ["实施期限", "项目负责人", "联系电话", "资金性质", "项目属性", "主管部门"];

    /// <summary>Which of the <see cref="Labels"/> fields the sheet fills, one bit each.</summary>
    private static int Filled(TargetSheet s) =>
        (s.Period is not null ? 1 : 0)
        | (!string.IsNullOrWhiteSpace(s.Leader) ? 2 : 0)
        | (!string.IsNullOrWhiteSpace(s.LeaderPhone) ? 4 : 0)
        | (!string.IsNullOrWhiteSpace(s.Budget?.FundNature) ? 8 : 0)
        | (!string.IsNullOrWhiteSpace(s.ProjectAttribute) ? 16 : 0)
        | (!string.IsNullOrWhiteSpace(s.SupervisingDepartment) ? 32 : 0);

    public override RuleInfo Info { get; } = new(
        "STR-HEADER-FIELD-MISSING", "项目表基本信息不完整", Severity.Warning, RuleFamily.Structure,
        "同一套表格中其他项目都填写了的基本信息（实施期限、负责人、联系电话等），本项目漏填，审核时无法确认项目周期和责任人。");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var sheets = document.Sheets;
        var projects = 0;
        for (var i = 0; i < sheets.Count; i++)
        {
            projects += sheets[i].Sheet.Kind == SheetKind.Project ? 1 : 0;
        }

        if (projects < 3)
        {
            return;
        }

        // Each project's fields read once: into the counts of sheets filling each field, then against them.
        Span<int> has = projects <= 128 ? stackalloc int[projects] : new int[projects];
        Span<int> filled = stackalloc int[Labels.Length];
        for (int i = 0, p = 0; i < sheets.Count; i++)
        {
            if (sheets[i].Sheet.Kind == SheetKind.Project)
            {
                has[p] = Filled(sheets[i].Sheet);
                for (var f = 0; f < Labels.Length; f++)
                {
                    filled[f] += (has[p] >> f) & 1;
                }

                p++;
            }
        }

        var others = projects - 1;
        var asked = 0;
        for (var f = 0; f < Labels.Length; f++)
        {
            asked |= filled[f] >= 2 && filled[f] * 2 >= others ? 1 << f : 0;
        }

        for (int i = 0, p = 0; i < sheets.Count; i++)
        {
            var project = sheets[i];
            if (project.Sheet.Kind != SheetKind.Project)
            {
                continue;
            }

            var missing = asked & ~has[p++];
            if (missing == 0 || SheetCut.HeaderMayBeCut(project))
            {
                continue; // all filled, or the text ends before its table: the fields may be after the cut
            }

            findings.Report(project, project.Sheet.Position, Words.With(missing));
        }
    }

    private static readonly Wording<int> Words = new(
        static (f, missing) => $"项目“{f.Sheet!.ProjectName}”没有填写{Missing(missing)}（本文件其他项目表大多填写了这些栏目）",
        static (_, missing) => Fix(missing));

    // Missing(bits) per set of fields: six fields give 64 sets, each joined once (a race only joins one twice).
    private static readonly string?[] MissingText = new string?[1 << 6];

    /// <summary>The labels of the missing fields, joined with 、.</summary>
    private static string Missing(int missing) => MissingText[missing] ??= Join(missing);

    // Fix(bits) likewise: the same for every sheet missing the same fields, made once rather than per finding.
    private static readonly string?[] FixText = new string?[1 << 6];

    /// <summary>What the finding asks: to fill the missing fields.</summary>
    private static string Fix(int missing) => FixText[missing] ??= $"补填{Missing(missing)}";

    private static string Join(int missing)
    {
        var labels = new List<string>(Labels.Length);
        for (var f = 0; f < Labels.Length; f++)
        {
            if ((missing & (1 << f)) != 0)
            {
                labels.Add(Labels[f]);
            }
        }

        return string.Join("、", labels);
    }
}
