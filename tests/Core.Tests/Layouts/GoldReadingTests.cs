using System.Text.Json;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>
/// Every seed against shared/seeds/gold, a careful person's reading made independently of any
/// program: the sheets, their header fields, and every indicator row field by field.
/// </summary>
public class GoldReadingTests
{
    public static TheoryData<string> SeedNames => new(Seeds.All);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Read_Seed_HasGoldSheetsAndIndicatorCounts(string seed)
    {
        var gold = Gold(seed);
        var document = Seeds.Read(seed);
        var goldSheets = gold.GetProperty("sheets").EnumerateArray().ToList();

        Assert.Equal(goldSheets.Count, document.Sheets.Count);
        Assert.Equal(
            goldSheets.Select(s => s.GetProperty("indicators").GetArrayLength()).ToArray(),
            document.Sheets.Select(s => s.Indicators.Count).ToArray());
        Assert.Equal(0, document.UnplacedCount);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Read_Seed_HeaderFieldsMatchGold(string seed)
    {
        var goldSheets = Gold(seed).GetProperty("sheets").EnumerateArray().ToList();
        var sheets = Seeds.Read(seed).Sheets;
        for (var i = 0; i < goldSheets.Count; i++)
        {
            var g = goldSheets[i];
            var s = sheets[i];
            var where = $"{seed} sheet {i + 1}";
            Assert.True(Str(g, "kind") == (s.Kind == SheetKind.Department ? "department" : "project"), where);
            Assert.True(Str(g, "title") == s.Title, $"{where}: title {s.Title}");
            Assert.True(Str(g, "department") == s.Department, $"{where}: department {s.Department}");
            Assert.True(Int(g, "year") == s.FiscalYear, $"{where}: year {s.FiscalYear}");
            Assert.True(Str(g, "project") == s.ProjectName, $"{where}: project {s.ProjectName}");
            Assert.True(Str(g, "code") == s.ProjectCode, $"{where}: code {s.ProjectCode}");
            var budget = g.GetProperty("budget_wan");
            if (budget.ValueKind == JsonValueKind.Null)
            {
                Assert.Null(s.Budget?.TotalWan);
            }
            else
            {
                Assert.Equal(budget.GetDecimal(), s.Budget?.TotalWan);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Read_Seed_EveryIndicatorMatchesGold(string seed)
    {
        var goldSheets = Gold(seed).GetProperty("sheets").EnumerateArray().ToList();
        var sheets = Seeds.Read(seed).Sheets;
        var mismatches = new List<string>();
        for (var i = 0; i < goldSheets.Count; i++)
        {
            var gold = goldSheets[i].GetProperty("indicators").EnumerateArray().ToList();
            for (var k = 0; k < gold.Count && k < sheets[i].Indicators.Count; k++)
            {
                var g = gold[k];
                var ind = sheets[i].Indicators[k];
                var expected = $"{Str(g, "l1")}/{Str(g, "l2")}/{Str(g, "l3")} = {Str(g, "raw")} [{Str(g, "op")} {Dec(g, "value")} {Str(g, "unit")} {g.GetProperty("qualitative").GetBoolean()}]";
                var actual = $"{ind.Level1}/{ind.Level2}/{ind.Name} = {ind.Value.Raw} [{TargetValueParser.SignCode(ind.Value.Sign)} {ind.Value.Number} {ind.Value.Unit} {ind.Value.IsQualitative}]";
                if (expected != actual)
                {
                    mismatches.Add($"sheet {i + 1} row {k + 1}: expected {expected}, read {actual}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    private static JsonElement Gold(string seed) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Seeds.Folder, "gold", seed + ".json"))).RootElement;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static decimal? Dec(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
}
