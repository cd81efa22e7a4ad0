using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-HEADER-FIELD-MISSING: a project sheet leaves empty a header field (实施期限, 项目负责人, 联系电话,
/// 资金性质, 项目属性, 主管部门) that the other project sheets of the same document fill — so the form has the
/// field and this sheet skipped it. Fields a form family does not have are never asked for.
/// </summary>
public sealed class HeaderFieldMissingRule : DocumentRule
{
    private static readonly (string Label, Func<TargetSheet, bool> Has)[] Fields =
    [
        ("实施期限", s => s.Period is not null),
        ("项目负责人", s => !string.IsNullOrWhiteSpace(s.Leader)),
        ("联系电话", s => !string.IsNullOrWhiteSpace(s.LeaderPhone)),
        ("资金性质", s => !string.IsNullOrWhiteSpace(s.Budget?.FundNature)),
        ("项目属性", s => !string.IsNullOrWhiteSpace(s.ProjectAttribute)),
        ("主管部门", s => !string.IsNullOrWhiteSpace(s.SupervisingDepartment)),
    ];

    public override RuleInfo Info { get; } = new(
        "STR-HEADER-FIELD-MISSING", "项目表基本信息不完整", Severity.Warning, RuleFamily.Structure,
        "同一套表格中其他项目都填写了的基本信息（实施期限、负责人、联系电话等），本项目漏填，审核时无法确认项目周期和责任人。");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var projects = document.Sheets.Where(s => s.Sheet.Kind == SheetKind.Project).ToList();
        if (projects.Count < 3)
        {
            return;
        }

        var filled = Fields.Select(f => projects.Count(p => f.Has(p.Sheet))).ToArray();
        foreach (var project in projects)
        {
            if (SheetCut.HeaderMayBeCut(project))
            {
                continue; // the text ends before its table: the fields may be after the cut
            }

            var missing = new List<string>();
            for (var i = 0; i < Fields.Length; i++)
            {
                var others = projects.Count - 1;
                if (!Fields[i].Has(project.Sheet) && filled[i] >= 2 && filled[i] * 2 >= others)
                {
                    missing.Add(Fields[i].Label);
                }
            }

            if (missing.Count > 0)
            {
                findings.Report(project, project.Sheet.Position,
                    $"项目“{project.Sheet.ProjectName}”没有填写{string.Join("、", missing)}（本文件其他项目表大多填写了这些栏目）",
                    $"补填{string.Join("、", missing)}");
            }
        }
    }
}
