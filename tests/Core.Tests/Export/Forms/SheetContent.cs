using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>
/// What a sheet says, as lines to compare: every field, goal, function, task, plan point and indicator with
/// its structured value — not where it was read from (positions) nor what reading assumed.
/// </summary>
public static class SheetContent
{
    public static List<string> Of(TargetSheet s)
    {
        var lines = new List<string>
        {
            $"kind={s.Kind} title={s.Title} year={s.FiscalYear} framework={s.Framework}",
            $"department={s.Department} supervising={s.SupervisingDepartment} unit={s.Unit} unitCode={s.UnitCode}",
            $"project={s.ProjectName} code={s.ProjectCode} type={s.ProjectType} level={s.ProjectLevel} attribute={s.ProjectAttribute}",
            $"leader={s.Leader} phone={s.LeaderPhone} period={s.Period} staff={s.StaffCount} purpose={s.Purpose}",
        };
        if (s.Budget is { } b)
        {
            lines.Add($"budget total={b.Total} year={b.CurrentYear} fiscal={b.Fiscal} other={b.Other} basic={b.BasicSpending} project={b.ProjectSpending} nature={b.FundNature} lines={string.Join(";", b.OtherLines)}");
        }

        lines.AddRange(s.SpendingPlan.Select(p => string.Create(CultureInfo.InvariantCulture, $"plan {p.Label}={p.Percent}")));
        lines.AddRange(s.Goals.Select(g => $"goal {g.Term}: {g.Text}"));
        lines.AddRange(s.Functions.Select(f => $"function {f.Name}: {f.Text}"));
        lines.AddRange(s.KeyTasks.Select(t => $"task {t.Name}: {t.Content} | {t.Funds} | {t.ExpectedResult}"));
        lines.AddRange(s.Measures.Select(m => $"measure {m.Kind}: {m.Text}"));
        lines.AddRange(s.Plans.Select(p => $"step {p.Text}"));
        lines.AddRange(s.Indicators.Select(i =>
            $"indicator [{i.Function}] {i.Level1}/{i.Level2}/{i.PlacedUnder}/{i.Name} = {Value(i.Value)} period={(i.PeriodValue is null ? "" : Value(i.PeriodValue))}"
            + $" desc={i.Description} formula={i.Formula} basis={i.Basis} last={i.LastYearValue} weight={i.Weight?.ToString(CultureInfo.InvariantCulture)}"));
        return lines;
    }

    /// <summary>What differs between two readings, sheet by sheet ("" when nothing): lines only expected (-) and only read (+).</summary>
    public static string Difference(List<List<string>> expected, List<List<string>> actual)
    {
        var text = new System.Text.StringBuilder();
        if (expected.Count != actual.Count)
        {
            text.Append(CultureInfo.InvariantCulture, $"{expected.Count} sheets expected, {actual.Count} read\n");
        }

        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : [];
            var a = i < actual.Count ? actual[i] : [];
            if (!e.SequenceEqual(a))
            {
                text.Append(CultureInfo.InvariantCulture, $"sheet {i + 1}:\n");
                text.AppendJoin("", e.Except(a).Take(6).Select(l => "  - " + l + "\n"));
                text.AppendJoin("", a.Except(e).Take(6).Select(l => "  + " + l + "\n"));
                if (e.Except(a).Concat(a.Except(e)).Any() is false)
                {
                    text.Append("  (same lines, another order)\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Value(TargetValue v) =>
        string.Create(CultureInfo.InvariantCulture, $"{v.Raw} [{v.Sign} {v.Number} {v.Unit} {(v.IsQualitative ? "定性" : "")} {v.Flags}]");
}
