using System.Globalization;

namespace Jixiao.Core.Targets;

/// <summary>
/// Where a value stands in its source document. Text files have a line (1-based) and a cell
/// index on that line (1-based, 0 when the whole line); spreadsheets and Word tables have a part
/// (sheet name, or "表2" for the second Word table), a row and a column. <see cref="Item"/> numbers
/// the paragraphs of an outline inside one cell (001 puts a whole indicator table in one cell).
/// </summary>
public readonly record struct SourcePosition(string? Part, int Row, int Column, int Item = 0)
{
    /// <summary>The same cell, at the given paragraph or list item inside it (HTML outlines in a cell).</summary>
    public SourcePosition AtItem(int item) => this with { Item = item };

    public static SourcePosition Line(int line, int cell = 0) => new(null, line, cell);

    public override string ToString() => Item > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Cell()}#{Item}")
        : Cell();

    private string Cell()
    {
        if (Part is null)
        {
            return Column > 0
                ? string.Create(CultureInfo.InvariantCulture, $"L{Row}:C{Column}")
                : string.Create(CultureInfo.InvariantCulture, $"L{Row}");
        }

        return Column > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Part}!{ColumnName(Column)}{Row}")
            : string.Create(CultureInfo.InvariantCulture, $"{Part}!{Row}");
    }

    /// <summary>Spreadsheet column letters: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }
}
