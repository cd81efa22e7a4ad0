using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Workflow;

/// <summary>A header field whose text differs between two versions (<see cref="Field"/> is its Chinese label).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

public enum RowChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>
/// An indicator row added, removed or changed: <see cref="Key"/> is 一级 / 二级 / 三级指标 (with ＃2 for the
/// second row of the same name), <see cref="Fields"/> what changed in a changed row.
/// </summary>
public sealed record RowChange(RowChangeKind Kind, string Key, string? ValueBefore, string? ValueAfter, IReadOnlyList<FieldChange> Fields);

/// <summary>What differs between two versions of a sheet: header fields, goals, and indicator rows.</summary>
public sealed record SheetDiff(IReadOnlyList<FieldChange> Fields, IReadOnlyList<RowChange> Rows)
{
    public bool IsEmpty => Fields.Count == 0 && Rows.Count == 0;

    /// <summary>
    /// The differences from <paramref name="before"/> to <paramref name="after"/>. Rows are matched by
    /// their categories and name (and their order among rows of the same name), so a row moved within the
    /// table is not a change, and a renamed row is one removed and one added.
    /// </summary>
    public static SheetDiff Compare(TargetSheet before, TargetSheet after)
    {
        var fields = new List<FieldChange>();
        foreach (var (label, read) in HeaderFields)
        {
            var (a, b) = (Norm(read(before)), Norm(read(after)));
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                fields.Add(new FieldChange(label, a, b));
            }
        }

        foreach (var term in Enum.GetValues<GoalTerm>())
        {
            var (a, b) = (Goals(before, term), Goals(after, term));
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                fields.Add(new FieldChange(GoalLabel(term), a, b));
            }
        }

        var old = Keyed(before.Indicators);
        var now = Keyed(after.Indicators);
        var rows = new List<RowChange>();
        foreach (var (key, row) in now)
        {
            if (!old.TryGetValue(key, out var was))
            {
                rows.Add(new RowChange(RowChangeKind.Added, key, null, Value(row), []));
                continue;
            }

            var changed = RowFields.Select(f => new FieldChange(f.Label, Norm(f.Read(was)), Norm(f.Read(row))))
                .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal)).ToList();
            if (changed.Count > 0)
            {
                rows.Add(new RowChange(RowChangeKind.Changed, key, Value(was), Value(row), changed));
            }
        }

        rows.AddRange(old.Where(o => !now.ContainsKey(o.Key)).Select(o => new RowChange(RowChangeKind.Removed, o.Key, Value(o.Value), null, [])));
        return new SheetDiff(fields, rows);
    }

    private static readonly (string Label, Func<TargetSheet, string?> Read)[] HeaderFields =
    [
        ("标题", s => s.Title),
        ("预算年度", s => s.FiscalYear?.ToString(CultureInfo.InvariantCulture)),
        ("主管部门", s => s.SupervisingDepartment),
        ("部门（单位）名称", s => s.Department),
        ("实施单位", s => s.Unit),
        ("项目名称", s => s.ProjectName),
        ("项目编码", s => s.ProjectCode),
        ("项目负责人", s => s.Leader),
        ("实施期限", s => s.Period?.Text),
        ("资金总额", s => s.Budget?.Total?.ToString()),
        ("当年资金", s => s.Budget?.CurrentYear?.ToString()),
        ("财政资金", s => s.Budget?.Fiscal?.ToString()),
        ("其他资金", s => s.Budget?.Other?.ToString()),
        ("资金用途", s => s.Purpose),
    ];

    private static readonly (string Label, Func<Indicator, string?> Read)[] RowFields =
    [
        ("指标值", i => Value(i)),
        ("实施期指标值", i => i.PeriodValue?.Raw),
        ("指标解释", i => i.Description),
        ("计算公式", i => i.Formula),
        ("指标值确定依据", i => i.Basis),
        ("权重", i => i.Weight?.ToString(CultureInfo.InvariantCulture)),
    ];

    private static string GoalLabel(GoalTerm term) => term switch
    {
        GoalTerm.Overall => "总体目标",
        GoalTerm.Annual => "年度目标",
        GoalTerm.ImplementationPeriod => "实施周期目标",
        _ => "明细目标",
    };

    private static string? Value(Indicator indicator) => indicator.Value.Raw;

    private static string? Goals(TargetSheet sheet, GoalTerm term) =>
        Norm(string.Join("\n", sheet.Goals.Where(g => g.Term == term).Select(g => g.Text)));

    private static string? Norm(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Dictionary<string, Indicator> Keyed(IReadOnlyList<Indicator> indicators)
    {
        var keyed = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            var key = RowKey(indicator);
            for (var n = 2; keyed.ContainsKey(key); n++)
            {
                key = RowKey(indicator) + "＃" + n.ToString(CultureInfo.InvariantCulture);
            }

            keyed[key] = indicator;
        }

        return keyed;
    }

    /// <summary>
    /// What a diff compares of a row besides its key (value, 实施周期 value, description, formula, basis, weight),
    /// as one text: equal texts mean the diff shows the row unchanged.
    /// </summary>
    internal static string RowContent(Indicator indicator) =>
        string.Join("\u001f", RowFields.Select(f => Norm(f.Read(indicator)) ?? ""));

    /// <summary>The key of a row in comments and diffs: 一级 / 二级 / 三级指标.</summary>
    public static string RowKey(Indicator indicator) =>
        string.Join(" / ", new[] { indicator.Level1, indicator.Level2, indicator.Name }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
