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

    /// <summary>
    /// Reads the text <see cref="ToString"/> writes (<c>L12</c>, <c>L12:C3</c>, <c>表2!C12</c>,
    /// <c>Sheet1!7</c>, any of them followed by <c>#item</c>); round-trips every position whose row,
    /// column and item are not negative. The part is everything before the last <c>!</c>.
    /// </summary>
    /// <summary>
    /// The place as a person finds it in the original, in Chinese: 第12行第3栏 in a text (its line and, in a table row, its
    /// cell), 工作表“项目表”B12 in a workbook, 表2第3行第2列 in a Word table, 正文第5段 in its paragraphs; with 第2项 for
    /// the second value read from one cell. <see cref="ToString"/> stays the compact code the API and the files carry.
    /// </summary>
    public string Describe()
    {
        var item = Item > 0 ? string.Create(CultureInfo.InvariantCulture, $"第{Item}项") : "";
        if (Part is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"第{Row}行") + (Column > 0 ? string.Create(CultureInfo.InvariantCulture, $"第{Column}栏") : "") + item;
        }

        if (Part == "正文")
        {
            return string.Create(CultureInfo.InvariantCulture, $"正文第{Row}段") + item;
        }

        if (Part.StartsWith('表') && Part.Length > 1 && Part.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            var cell = Row > 0 ? string.Create(CultureInfo.InvariantCulture, $"第{Row}行") : "";
            return Part + cell + (Column > 0 ? string.Create(CultureInfo.InvariantCulture, $"第{Column}列") : "") + item;
        }

        var place = Column > 0 ? ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"第{Row}行");
        return "工作表“" + Part + "”" + place + item;
    }

    public static bool TryParse(string? text, out SourcePosition position)
    {
        position = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var bang = text.LastIndexOf('!');
        var part = bang >= 0 ? text[..bang] : null;
        var rest = text[(bang + 1)..];
        var item = 0;
        var hash = rest.LastIndexOf('#');
        if (hash >= 0)
        {
            if (!TryNumber(rest[(hash + 1)..], out item) || item == 0)
            {
                return false;
            }

            rest = rest[..hash];
        }

        if (part is null)
        {
            if (!rest.StartsWith('L'))
            {
                return false;
            }

            var colon = rest.IndexOf(":C", StringComparison.Ordinal);
            var row = 0;
            var column = 0;
            var ok = colon < 0
                ? TryNumber(rest[1..], out row)
                : TryNumber(rest[1..colon], out row) && TryNumber(rest[(colon + 2)..], out column) && column > 0;
            position = new SourcePosition(null, row, column, item);
            return ok;
        }

        var letters = 0;
        while (letters < rest.Length && rest[letters] is >= 'A' and <= 'Z')
        {
            letters++;
        }

        if (letters > 6 || !TryNumber(rest[letters..], out var cellRow))
        {
            return false;
        }

        position = new SourcePosition(part, cellRow, letters == 0 ? 0 : ColumnNumber(rest[..letters]), item);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, for text known to be a position; throws on anything else.</summary>
    public static SourcePosition Parse(string text) => TryParse(text, out var position)
        ? position
        : throw new FormatException($"not a source position: '{text}'");

    /// <summary>Spreadsheet column number of letters: A → 1, AA → 27.</summary>
    public static int ColumnNumber(string letters)
    {
        var number = 0;
        foreach (var c in letters)
        {
            number = (number * 26) + (c - 'A' + 1);
        }

        return number;
    }

    private static bool TryNumber(string digits, out int value)
    {
        value = 0;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
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
