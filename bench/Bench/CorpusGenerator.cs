using System.Globalization;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Bench;

/// <summary>
/// A synthetic corpus in the shapes of the seeds, deterministic for a given seed of the random
/// generator: each document takes the sheet count and kinds of a seed document; each sheet takes
/// the header fields of a real seed sheet of its kind and its indicator rows, some swapped for
/// real rows of the same 二级指标 from other sheets, with values varied; then the typical defects
/// of the seeds are injected at about their rates (<see cref="CorpusDefects"/>).
/// </summary>
public sealed class CorpusGenerator
{
    private readonly IReadOnlyList<ImportedDocument> seeds;
    private readonly TargetSheet[] projects;
    private readonly TargetSheet[] departments;
    private readonly Dictionary<string, (Indicator Row, decimal? BudgetWan)[]> rowsByLevel2;
    private readonly string[] projectNames;
    private readonly Random random;

    public CorpusGenerator(IReadOnlyList<ImportedDocument> seeds, int seed = 2024)
    {
        this.seeds = seeds;
        random = new Random(seed);
        var sheets = seeds.SelectMany(d => d.Sheets).Where(s => s.Indicators.Count >= 3).ToArray();
        projects = [.. sheets.Where(s => s.Kind == SheetKind.Project)];
        departments = [.. sheets.Where(s => s.Kind == SheetKind.Department)];
        rowsByLevel2 = sheets.SelectMany(s => s.Indicators.Select(i => (Row: i, BudgetWan: s.Budget?.TotalWan))).Where(x => x.Row.Level2 is not null)
            .GroupBy(x => x.Row.Level2!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        projectNames = [.. projects.Select(p => p.ProjectName).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The seeds as the bench finds them (../shared/seeds or JIXIAO_SEEDS).</summary>
    public static IReadOnlyList<ImportedDocument> ReadSeeds() =>
        [.. SeedFiles.Names.Select(n => DocumentImporter.Default.Import(n + ".txt", SeedFiles.Read(n)).Document!)];

    /// <summary>Documents holding exactly <paramref name="indicators"/> indicator rows in all.</summary>
    public IReadOnlyList<ImportedDocument> Generate(int indicators)
    {
        var documents = new List<ImportedDocument>();
        var total = 0;
        while (total < indicators)
        {
            var shape = seeds[random.Next(seeds.Count)];
            var sheets = new List<TargetSheet>();
            foreach (var kind in shape.Sheets.Select(s => s.Kind))
            {
                if (total >= indicators)
                {
                    break;
                }

                var sheet = Sheet(kind, documents.Count, sheets.Count);
                if (total + sheet.Indicators.Count > indicators)
                {
                    sheet = sheet with { Indicators = [.. sheet.Indicators.Take(indicators - total)] };
                }

                total += sheet.Indicators.Count;
                sheets.Add(sheet);
            }

            documents.Add(new ImportedDocument(string.Create(CultureInfo.InvariantCulture, $"corpus-{documents.Count + 1:D5}.txt"), sheets, []));
        }

        return documents;
    }

    private TargetSheet Sheet(SheetKind kind, int document, int number)
    {
        var pool = kind == SheetKind.Department && departments.Length > 0 ? departments : projects;
        var template = pool[random.Next(pool.Length)];
        var factor = (decimal)(0.4 + (random.NextDouble() * 2.2));
        var templateBudget = template.Budget?.TotalWan is { } wan && wan > 0 ? wan : (decimal?)null;
        var budget = templateBudget is { } b ? Math.Round(b * factor, 2) : Math.Round(10m + random.Next(500), 2);
        var rows = new List<Indicator>();
        foreach (var row in template.Indicators)
        {
            // A row taken from another sheet keeps its amounts in proportion to this sheet's budget.
            var (source, sourceBudget) = row.Level2 is { } l2 && random.NextDouble() < 0.4 && rowsByLevel2.TryGetValue(l2, out var same)
                ? same[random.Next(same.Length)]
                : (row, templateBudget);
            var moneyFactor = sourceBudget is { } sb && sb > 0 ? budget / sb : factor;
            rows.Add(source with { Level1 = row.Level1, PlacedUnder = row.PlacedUnder, Value = Vary(source.Value, moneyFactor), PeriodValue = null });
        }

        var sheet = template with
        {
            FiscalYear = 2023 + random.Next(3),
            ProjectName = kind == SheetKind.Project ? Name(document, number) : null,
            Budget = new Budget { Total = Money.Wan(budget) },
            Unplaced = [],
            Indicators = rows,
        };
        return Renumber(CorpusDefects.Inject(sheet, random), document * 1000);
    }

    private string Name(int document, int number) =>
        projectNames.Length == 0 ? "项目" : string.Create(CultureInfo.InvariantCulture, $"{projectNames[random.Next(projectNames.Length)]}（{document + 1}-{number + 1}）");

    /// <summary>The same value with its number moved: percentages stay within 0–100, money follows the budget.</summary>
    internal TargetValue Vary(TargetValue value, decimal moneyFactor)
    {
        var money = value.Unit is "万元" or "元";
        if (value.Number is not { } number || value.Raw is not { } raw || (!money && random.NextDouble() < 0.5))
        {
            return value;
        }

        var text = number.ToString(CultureInfo.InvariantCulture);
        var at = raw.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            return value;
        }

        decimal next = value.Unit switch
        {
            "%" => Math.Clamp(number + random.Next(-5, 6), 0m, 100m),
            "万元" or "元" => Math.Round(number * moneyFactor, 2),
            _ => Math.Max(1m, Math.Round(number * (decimal)(0.5 + random.NextDouble()), number == Math.Floor(number) ? 0 : 2)),
        };
        return TargetValueParser.Parse(raw[..at] + next.ToString(CultureInfo.InvariantCulture) + raw[(at + text.Length)..]);
    }

    private static TargetSheet Renumber(TargetSheet sheet, int line)
    {
        var rows = new Indicator[sheet.Indicators.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = sheet.Indicators[i] with { Position = SourcePosition.Line(line + 20 + i), ValuePosition = SourcePosition.Line(line + 20 + i, 5) };
        }

        return sheet with { Indicators = rows, Position = SourcePosition.Line(line + 1) };
    }
}
