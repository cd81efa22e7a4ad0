using System.Text.Json;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Values;

/// <summary>Every indicator of the gold seeds: the parser reads raw as the gold reads it.</summary>
public class GoldTargetValueTests(ITestOutputHelper output)
{
    /// <summary>
    /// Gold readings the parser may differ from, with the reason. Keep this as small as possible:
    /// an entry here is an argued disagreement, not a place to park failures.
    /// </summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
    };

    public sealed record GoldIndicator(string File, string? L3, string Raw, string? Op, decimal? Value, string? Unit, bool Qualitative)
    {
        public override string ToString() => $"{File}: {Raw} → op {Op ?? "null"}, {Value?.ToString() ?? "null"}, {Unit ?? "null"}, qualitative {Qualitative}";
    }

    public static IReadOnlyList<GoldIndicator> LoadGold()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Seeds", "gold");
        var list = new List<GoldIndicator>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var sheet in doc.RootElement.GetProperty("sheets").EnumerateArray())
            {
                foreach (var row in sheet.GetProperty("indicators").EnumerateArray())
                {
                    if (Str(row, "raw") is not { } raw)
                    {
                        continue;
                    }

                    var value = row.GetProperty("value");
                    list.Add(new GoldIndicator(
                        Path.GetFileName(path), Str(row, "l3"), raw, Str(row, "op"),
                        value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null,
                        Str(row, "unit"), row.GetProperty("qualitative").GetBoolean()));
                }
            }
        }

        return list;
    }

    [Fact]
    public void Parse_GoldRaw_AgreesWithGoldReading()
    {
        var gold = LoadGold();
        var disagreements = gold.Where(g => !Exceptions.ContainsKey(g.Raw)).Select(Disagreement).OfType<string>().ToList();

        output.WriteLine($"gold agreement: {gold.Count - disagreements.Count}/{gold.Count} (exceptions: {Exceptions.Count})");
        Assert.True(gold.Count > 100, $"only {gold.Count} gold indicators were found");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public void Exceptions_EachEntry_IsStillInGoldAndStillDisagrees()
    {
        var gold = LoadGold();
        foreach (var raw in Exceptions.Keys)
        {
            var rows = gold.Where(g => g.Raw == raw).ToList();
            Assert.NotEmpty(rows);
            Assert.Contains(rows, row => Disagreement(row) is not null);
        }
    }

    private static string? Disagreement(GoldIndicator gold)
    {
        var value = TargetValueParser.Parse(gold.Raw);
        var op = TargetValueParser.SignCode(value.Sign);
        // The conventions accept a unit declared only in the name: 执法巡查覆盖辖区数量（个） = 10 → unit 个.
        var unitAgrees = value.Unit == gold.Unit || (value.Unit is null && gold.Unit == UnitInName(gold.L3));
        if (op == gold.Op && value.Number == gold.Value && unitAgrees && value.IsQualitative == gold.Qualitative)
        {
            return null;
        }

        return $"{gold} | parsed op {op ?? "null"}, {value.Number?.ToString() ?? "null"}, {value.Unit ?? "null"}, qualitative {value.IsQualitative}";
    }

    /// <summary>The known unit a name declares in trailing brackets (执法巡查覆盖辖区数量（个）→ 个), or null.</summary>
    private static string? UnitInName(string? name)
    {
        var n = (name ?? "").Trim().Replace('（', '(').Replace('）', ')');
        var open = n.LastIndexOf('(');
        var unit = open >= 0 && n.EndsWith(')') ? n[(open + 1)..^1] : "";
        return unit.Length > 0 && Units.KnownPrefix(unit) == unit ? unit : null;
    }

    private static string? Str(JsonElement row, string name) =>
        row.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
