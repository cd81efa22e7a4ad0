using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Document;

/// <summary>
/// DOC-PROJECT-DUPLICATE: the same project (same name, same unit) has two sheets in one document; the
/// second is reported, naming the first and whether budgets and indicator values differ.
/// </summary>
public sealed class DuplicateProjectRule : DocumentRule
{
    public override RuleInfo Info { get; } = new(
        "DOC-PROJECT-DUPLICATE", "同一项目重复填报", Severity.Warning, RuleFamily.Document,
        "同一项目出现两张绩效目标表，资金可能被重复计算，两表的目标和指标值也可能互相矛盾，无法确定以哪张为准。");

    /// <summary>Beyond this many sheets the earlier ones are found through a map: comparing each with all before it grows with the square.</summary>
    private const int ScanUpTo = 64;

    public override void Check(DocumentContext document, FindingSink findings)
    {
        // Each project sheet against the earlier ones with its unit and project name key: a document usually holds a
        // few sheets, and comparing them costs less than hashing every name into a map. The names' keys are told apart
        // by their hashes, read from the names (one int per sheet on the stack): a key is built as a string of its own
        // only for a document past ScanUpTo, and mostly none is equal, so the rule allocates nothing with nothing to report.
        var sheets = document.Sheets;
        var firstOf = sheets.Count > ScanUpTo ? new Dictionary<(string Name, string Unit), int>() : null;
        Span<int> hashes = firstOf is null ? stackalloc int[sheets.Count] : default;
        for (var i = 0; i < sheets.Count; i++)
        {
            var context = sheets[i];
            var sheet = context.Sheet;
            if (sheet.Kind != SheetKind.Project || sheet.ProjectName is null)
            {
                continue;
            }

            var unit = Unit(sheet);
            int j;
            if (firstOf is null)
            {
                hashes[i] = ProjectNames.KeyHash(sheet.ProjectName);
                j = FirstBefore(sheets, i, hashes, unit);
            }
            else
            {
                var name = context.ProjectKey!;
                j = firstOf.TryAdd((name, unit), i) ? -1 : firstOf[(name, unit)];
            }

            if (j < 0)
            {
                continue;
            }

            findings.Report(context, sheet.Position,
                $"项目“{sheet.ProjectName}”在本文件中出现两次（另见第{j + 1}张表）{Differences(sheets[j].Sheet, sheet)}",
                "删除重复的表，或核对是否为两个不同项目并改用能区分的项目名称");
        }
    }

    /// <summary>
    /// The first project sheet before <paramref name="i"/> with the same name key and unit, or -1; <paramref name="hashes"/>
    /// holds the key hashes of the project sheets up to <paramref name="i"/>.
    /// </summary>
    private static int FirstBefore(IReadOnlyList<SheetContext> sheets, int i, ReadOnlySpan<int> hashes, string unit)
    {
        var name = sheets[i].Sheet.ProjectName!;
        for (var j = 0; j < i; j++)
        {
            var first = sheets[j].Sheet;
            if (first.Kind == SheetKind.Project && first.ProjectName is not null && hashes[j] == hashes[i]
                && string.Equals(Unit(first), unit, StringComparison.Ordinal) && ProjectNames.SameKey(first.ProjectName, name))
            {
                return j;
            }
        }

        return -1;
    }

    private static string Unit(TargetSheet sheet) => sheet.UnitCode ?? sheet.Unit ?? sheet.Department ?? "";

    private static string Differences(TargetSheet first, TargetSheet second)
    {
        var notes = new List<string>();
        if (ProjectNames.YearWan(first) is { } a && ProjectNames.YearWan(second) is { } b && a != b)
        {
            notes.Add($"预算分别为{ProjectNames.Wan(a)}和{ProjectNames.Wan(b)}");
        }

        var conflicts = second.Indicators
            .Where(i => first.Indicators.Any(j => string.Equals(j.Name, i.Name, StringComparison.Ordinal) && !string.Equals(j.Value.Raw, i.Value.Raw, StringComparison.Ordinal)))
            .Select(i => $"“{i.Name}”")
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
        if (conflicts.Count > 0)
        {
            notes.Add($"指标{string.Join("、", conflicts)}的指标值不同");
        }

        return notes.Count == 0 ? "" : "，" + string.Join("，", notes);
    }
}
