using System.Globalization;
using Jixiao.Core.Framework;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Bench;

/// <summary>
/// The defects the seeds show, injected at about the rates the seeds have them (17 clear defects on
/// 46 sheets of 420 indicators): a cost target above the budget, a rate in persons, a level 1 left
/// out, a 效益 category under 产出指标, a satisfaction floor too low, a missing value, a row twice.
/// </summary>
internal static class CorpusDefects
{
    public static TargetSheet Inject(TargetSheet sheet, Random random)
    {
        var rows = sheet.Indicators.ToList();
        var budget = sheet.Budget?.TotalWan ?? 0m;
        if (random.NextDouble() < 0.04 && budget > 0)
        {
            var over = Math.Round(budget * 1.02m, 2).ToString("0.00", CultureInfo.InvariantCulture);
            Add(rows, IndicatorFramework.Output, "成本指标", "项目总成本", "≤" + over + "万元");
        }

        if (random.NextDouble() < 0.02)
        {
            Add(rows, IndicatorFramework.Benefit, "社会效益指标", "培训后就业率", "≥" + random.Next(10, 60).ToString(CultureInfo.InvariantCulture) + "人");
        }

        if (random.NextDouble() < 0.06)
        {
            rows.RemoveAll(r => r.Level1 == IndicatorFramework.Benefit);
        }
        else if (random.NextDouble() < 0.03)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Level1 == IndicatorFramework.Benefit)
                {
                    rows[i] = rows[i] with { PlacedUnder = IndicatorFramework.Output };
                }
            }
        }

        if (random.NextDouble() < 0.03)
        {
            Add(rows, IndicatorFramework.Satisfaction, "服务对象满意度指标", "服务对象满意度", "≥" + random.Next(50, 75).ToString(CultureInfo.InvariantCulture) + "%");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (random.NextDouble() < 0.01)
            {
                rows.Insert(i + 1, rows[i]);
                i++;
            }
        }

        // A blank value under the same name as the row above, or named as its category, reads as a merged
        // cell or a heading row, not as an indicator without a value: left out.
        for (var i = 0; i < rows.Count; i++)
        {
            if (random.NextDouble() < 0.01 && !SameName(rows, i, i - 1) && !SameName(rows, i, i + 1)
                && IndicatorFramework.Recognise(rows[i].Name, sheet.Framework) is null)
            {
                rows[i] = rows[i] with { Value = TargetValue.Missing };
            }
        }

        return sheet with { Indicators = rows };
    }

    private static bool SameName(List<Indicator> rows, int i, int j) =>
        j >= 0 && j < rows.Count && string.Equals(rows[i].Name, rows[j].Name, StringComparison.Ordinal);

    /// <summary>A new row, put after the last row of its level 1 so the table stays in form order.</summary>
    private static void Add(List<Indicator> rows, string level1, string level2, string name, string value)
    {
        var row = new Indicator { Level1 = level1, Level2 = level2, Name = name, Value = TargetValueParser.Parse(value), Position = SourcePosition.Line(1) };
        var at = rows.FindLastIndex(r => r.Level1 == level1);
        rows.Insert(at < 0 ? rows.Count : at + 1, row);
    }
}
