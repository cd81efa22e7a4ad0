using System.Globalization;
using System.Text.Json;

namespace Jixiao.Core.Tests.Reading;

/// <summary>One indicator row of a gold reading (../shared/seeds/gold, ../shared/corpus/gold).</summary>
public sealed record GoldRow(string? L1, string? L2, string L3, string? Raw, string? Op, decimal? Value, string? Unit)
{
    /// <summary>What a reading must give for the row: categories (spaces removed), name, sign, number, unit.</summary>
    public string Key => RowKey(L1, L2, L3, Op, Value, Unit);

    public static string RowKey(string? l1, string? l2, string name, string? op, decimal? value, string? unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{Squeeze(l1)}/{Squeeze(l2)}/{name.Trim()} = [{op} {value?.ToString("G29", CultureInfo.InvariantCulture)} {unit}]");

    private static string Squeeze(string? text) => string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
}

public sealed record GoldSheet(bool Department, string? Unit, string? Project, decimal? BudgetWan, IReadOnlyList<GoldRow> Rows);

/// <summary>A gold file: the document's base name and its sheets that have indicator rows.</summary>
public sealed record GoldDocument(string Name, IReadOnlyList<GoldSheet> Sheets)
{
    /// <summary>Every gold file of the seeds and the corpus, copied beside the tests.</summary>
    public static IReadOnlyList<GoldDocument> All { get; } =
        [.. Load(Path.Combine(AppContext.BaseDirectory, "Seeds", "gold")), .. Load(Path.Combine(AppContext.BaseDirectory, "Corpus", "gold"))];

    private static IEnumerable<GoldDocument> Load(string folder) =>
        Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var documentKind = json.RootElement.TryGetProperty("kind", out var k) ? k.GetString() : null;
            var sheets = json.RootElement.GetProperty("sheets").EnumerateArray().Select(s => new GoldSheet(
                (Text(s, "kind") ?? documentKind) == "department",
                Text(s, "unit") ?? Text(s, "department"),
                Text(s, "project"),
                s.TryGetProperty("budget_wan", out var b) && b.ValueKind == JsonValueKind.Number ? b.GetDecimal() : null,
                s.GetProperty("indicators").EnumerateArray().Select(i => new GoldRow(
                    Text(i, "l1"), Text(i, "l2"), Text(i, "l3") ?? "", Text(i, "raw"), Text(i, "op"),
                    i.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null,
                    Text(i, "unit"))).ToList()))
                .Where(s => s.Rows.Count > 0).ToList();
            return new GoldDocument(Path.GetFileNameWithoutExtension(path), sheets);
        });

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
