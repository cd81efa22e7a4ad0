namespace Jixiao.Core.Export.Forms;

/// <summary>What a cell of a form is: a field label, a field value, an indicator-table heading, a category, or an amount.</summary>
public enum FormCellKind
{
    Label,
    Value,
    Heading,
    Category,
    Amount,
}

/// <summary>One cell of a form; <see cref="ColumnSpan"/> and <see cref="RowSpan"/> make it a merged cell.</summary>
public sealed record FormCell(string Text, FormCellKind Kind = FormCellKind.Value, int ColumnSpan = 1, int RowSpan = 1);

/// <summary>
/// One sheet laid out as its official form, independent of the file format: the title, a subtitle line
/// (年度 or 单位), a rectangular table (a null cell is covered by a merged cell above or to the left), the
/// rows of the indicator table's header that repeat on every printed page, and the 盖章 / 日期 lines.
/// The .xlsx, .docx, .html and .pdf writers only render it.
/// </summary>
public sealed class FormGrid
{
    public required string Title { get; init; }

    /// <summary>Lines between the title and the table (（2024年度）, 单位：万元).</summary>
    public IReadOnlyList<string> Subtitles { get; init; } = [];

    /// <summary>Column widths in characters of a CJK font (Excel's width unit).</summary>
    public required IReadOnlyList<double> Widths { get; init; }

    public required IReadOnlyList<FormCell?[]> Rows { get; init; }

    /// <summary>The first row of the indicator table's header (repeated on each printed page), or -1.</summary>
    public int HeaderRow { get; init; } = -1;

    public int HeaderRowCount { get; init; }

    public bool Landscape { get; init; }

    /// <summary>Whether a row may break across pages: only where one row can outgrow a page (a 公开表 project's outline).</summary>
    public bool RowsMayBreak { get; init; }

    /// <summary>The line under the table: 填表单位（盖章）：… 填表日期：…; null for none.</summary>
    public string? Footer { get; init; }

    /// <summary>The name of the sheet tab or file part: the project or department, short.</summary>
    public required string Name { get; init; }

    public int ColumnCount => Widths.Count;

    /// <summary>For every position, the row and column of the cell whose text covers it (itself, or the merged cell over it).</summary>
    public (int Row, int Column)[,] Coverage()
    {
        var owners = new (int, int)[Rows.Count, ColumnCount];
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                if (Rows[r][c] is { } cell)
                {
                    for (var dr = 0; dr < cell.RowSpan; dr++)
                    {
                        for (var dc = 0; dc < cell.ColumnSpan; dc++)
                        {
                            owners[r + dr, c + dc] = (r, c);
                        }
                    }
                }
            }
        }

        return owners;
    }
}

/// <summary>Fixed texts of the forms.</summary>
public static class FormText
{
    public const string Stamp = "填表单位（盖章）：";

    /// <summary>
    /// The 盖章 and 日期 line under a form, one line: it starts with 填表, as the forms' own footers do, so a reader
    /// of the form knows the table has ended and takes nothing in it for a field or an indicator.
    /// </summary>
    public static string FooterOf(string? department) => Stamp + (department ?? "") + "　　　　　　填表日期：　　年　　月　　日";

    /// <summary>Text a spreadsheet would take for a formula (=, +, -, @ first) — written as a plain string cell, never as a formula.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@';

    /// <summary>XML cannot hold most control characters; a cell drops them rather than break the file.</summary>
    public static string Clean(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r') ? new string([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]) : text;
}
