using Jixiao.Core.Framework;

namespace Jixiao.Core.Layouts;

/// <summary>
/// The categories in force while reading an indicator table: a blank (merged) category cell takes
/// the category of the row above. Category cells are recognised by meaning wherever extraction
/// moved them; a level-2 category under the wrong level 1 switches to its own level 1.
/// </summary>
internal sealed class CategoryState
{
    public string? Level1 { get; private set; }

    public string? Level2 { get; private set; }

    /// <summary>The level-1 cell the form last wrote, carried down its merged rows.</summary>
    public string? WrittenLevel1 { get; private set; }

    /// <summary>
    /// The level-1 category the form's merged cell places the current row under, when the row's
    /// own level-2 category belongs elsewhere (004: 社会效益指标 left under 产出指标); else null.
    /// </summary>
    public string? PlacedUnder =>
        WrittenLevel1 is not null && !string.Equals(Canonical(WrittenLevel1), Canonical(Level1), StringComparison.Ordinal) ? WrittenLevel1 : null;

    /// <summary>The row that last set <see cref="Level2"/> (to tell a repeated category from a name).</summary>
    public int Level2Row { get; private set; } = -1;

    /// <summary>
    /// Applies the category cells of one row and returns the level 2 of that row. Two different
    /// level-2 cells on one row (003: 成本指标 | 质量指标 | 补贴标准) mean the second is the top line of
    /// a merged cell of the rows below: the row takes the first, the rows below the second.
    /// </summary>
    public string? Apply(IReadOnlyList<CategoryMatch> categories, int row)
    {
        string? rowLevel2 = null;
        string? lastWasLevel1 = null;
        var level2s = new List<CategoryMatch>();
        foreach (var cell in categories)
        {
            // 成本指标 before a 101号 cost category (经济成本指标…) is the level-1 category of 101号.
            var m = cell.Category is { Level: CategoryLevel.Level2, Name: IndicatorFramework.Cost }
                && categories.Any(c => c.Category.Parent == IndicatorFramework.Cost)
                ? new CategoryMatch(IndicatorFramework.V101[0], cell.Written)
                : cell;
            // A level-1 name in the level-2 place: under 实施效果指标 (中央预算内投资计划), or the same
            // level 1 written again in its level-2 cell (满意度指标 | 满意度指标).
            if (m.IsLevel1 && level2s.Count == 0
                && (IndicatorFramework.HoldsLevel1Names(WrittenLevel1) && m.Category.Name is IndicatorFramework.Output or IndicatorFramework.Benefit or IndicatorFramework.Satisfaction
                    || (lastWasLevel1 == m.Category.Name && !IndicatorFramework.HoldsLevel1Names(m.Written))))
            {
                level2s.Add(m);
                lastWasLevel1 = null;
                continue;
            }

            if (m.IsLevel1)
            {
                lastWasLevel1 = m.Category.Name;
                if (!string.Equals(Canonical(Level1), m.Category.Name, StringComparison.Ordinal))
                {
                    Level2 = null;
                }

                Level1 = m.Written;
                WrittenLevel1 = m.Written;
                continue;
            }

            lastWasLevel1 = null;
            if (!string.Equals(Canonical(Level1), m.Category.Parent, StringComparison.Ordinal))
            {
                Level1 = m.Category.Parent;
            }

            if (level2s.Count == 0 || !string.Equals(level2s[^1].Written, m.Written, StringComparison.Ordinal))
            {
                level2s.Add(m);
            }
        }

        if (level2s.Count > 0)
        {
            rowLevel2 = level2s[0].Written;
            Level2 = level2s[^1].Written;
            Level2Row = row;
        }

        return rowLevel2 ?? Level2;
    }

    private static string? Canonical(string? level1) =>
        level1 is null ? null : IndicatorFramework.Recognise(level1)?.Category.Name ?? level1;
}
