using System.Text;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// Sheets out as their official forms: each laid out in its family (the one it was imported from, or one
/// chosen), then written by the writer of the format. A run of 公开表 sheets becomes one list, as published.
/// </summary>
public sealed class FormExport(IReadOnlyList<IFormWriter> writers)
{
    public static FormExport Default { get; } = new([new XlsxFormWriter(), new DocxFormWriter(), new HtmlFormWriter(), new PdfFormWriter(new OdfFormWriter(), attached: new XlsxFormWriter())]);

    public IReadOnlyList<IFormWriter> Writers => writers;

    public IFormWriter? Writer(string format) => writers.FirstOrDefault(w => string.Equals(w.Format, format.TrimStart('.'), StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<FormGrid> Layout(IReadOnlyList<TargetSheet> sheets, FormFamily? family = null)
    {
        var forms = new List<FormGrid>();
        var list = new List<TargetSheet>();
        foreach (var sheet in sheets)
        {
            var chosen = family ?? FormFamilies.Infer(sheet);
            if (chosen == FormFamily.PublicList)
            {
                list.Add(sheet);
                continue;
            }

            Flush();
            forms.Add(FormBuilder.Build(sheet, chosen));
        }

        Flush();
        return forms;

        void Flush()
        {
            if (list.Count > 0)
            {
                forms.Add(PublicListBuilder.Build([.. list]));
                list.Clear();
            }
        }
    }

    public void Write(Stream output, IReadOnlyList<TargetSheet> sheets, string format, FormFamily? family = null) =>
        (Writer(format) ?? throw new ArgumentException($"unknown format {format}", nameof(format))).Write(output, Layout(sheets, family));

    public byte[] Write(IReadOnlyList<TargetSheet> sheets, string format, FormFamily? family = null)
    {
        using var stream = new MemoryStream();
        Write(stream, sheets, format, family);
        return stream.ToArray();
    }

    /// <summary>
    /// A file name for a download or a file on disk: the sheet's name without path separators, control or
    /// reserved characters (\/:*?"&lt;&gt;|), at most 80 characters, never empty, with the format's extension.
    /// </summary>
    public static string FileName(string? stem, string format) =>
        SafeName(stem, "绩效目标表") + "." + format.TrimStart('.').ToLowerInvariant();

    /// <summary>
    /// A name that is safe as one segment of a path (a file's stem, a folder): path separators, control and
    /// reserved characters (\/:*?"&lt;&gt;|) become _, spaces, dots and _ are trimmed from the ends (so never
    /// "." or ".."), at most 80 characters; <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string SafeName(string? text, string fallback)
    {
        var clean = new StringBuilder();
        foreach (var c in (text ?? "").Trim())
        {
            clean.Append(char.IsControl(c) || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var name = clean.ToString().Trim(' ', '.', '_');
        if (name.Length > 80)
        {
            // Never half of a character outside the BMP (some rare 汉字 of names are).
            name = name[..(char.IsHighSurrogate(name[79]) ? 79 : 80)].TrimEnd(' ', '.', '_');
        }

        return name.Length == 0 ? fallback : name;
    }
}
