using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Core.Reading;

/// <summary>
/// The text of a workbook cell as a reader of the form sees it: shared and inline strings (rich text
/// runs joined, phonetic guides left out), TRUE/FALSE, numbers without exponent or float noise,
/// percentages as Excel shows them (0.95 → 95%) and dates as yyyy-MM-dd.
/// </summary>
internal sealed partial class XlsxCellText
{
    private enum Kind { General, Percent, Date }

    private readonly record struct NumberFormat(Kind Kind, int Decimals = 0);

    private readonly string[] sharedStrings;
    private readonly NumberFormat[] styleFormats; // by cell style index
    private readonly bool date1904;

    internal XlsxCellText(WorkbookPart workbookPart)
    {
        sharedStrings = workbookPart.SharedStringTablePart is { } stringsPart ? SharedStrings(stringsPart) : [];
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var codes = new Dictionary<long, string>();
        foreach (var format in stylesheet?.NumberingFormats?.Elements<S.NumberingFormat>() ?? [])
        {
            if (OpenXmlSafety.Integer(format.NumberFormatId) is { } id && format.FormatCode?.Value is { } code)
            {
                codes[id] = code;
            }
        }

        styleFormats = stylesheet?.CellFormats?.Elements<S.CellFormat>()
            .Select(f => Classify(OpenXmlSafety.Integer(f.NumberFormatId) ?? 0, codes)).ToArray() ?? [];
        date1904 = workbookPart.Workbook?.WorkbookProperties?.Date1904?.InnerText is "1" or "true";
    }

    /// <summary>The shared strings, streamed: one item in memory at a time, not the whole table as a tree.</summary>
    private static string[] SharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(S.SharedStringItem))
            {
                strings.Add(PlainText(reader.LoadCurrentElement()!));
            }
        }

        return [.. strings];
    }

    internal string Of(S.Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        switch (cell.DataType?.InnerText)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Length
                    ? sharedStrings[i]
                    : "";
            case "inlineStr":
                return cell.InlineString is { } inline ? PlainText(inline) : raw;
            case "b":
                return raw.Trim() switch { "1" or "true" => "TRUE", "0" or "false" => "FALSE", _ => raw };
            case "d": // ISO 8601, rare (Strict files)
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) && date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : raw;
            case "n" or null:
                var format = OpenXmlSafety.Integer(cell.StyleIndex) is { } style && style >= 0 && style < styleFormats.Length ? styleFormats[style] : default;
                return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Number(number, format) : raw;
            default: // formula strings, errors (#DIV/0!)
                return raw;
        }
    }

    private string Number(double value, NumberFormat format)
    {
        if (format.Kind == Kind.Percent && Math.Abs(value) < 1e15)
        {
            var percent = Math.Round(ToDecimal(value) * 100, format.Decimals, MidpointRounding.AwayFromZero);
            return percent.ToString("F" + format.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
        }

        // Whole serials only: a date-time or a time of day stays a number.
        if (format.Kind == Kind.Date && value >= 1 && value < 2_958_465 && value == Math.Floor(value))
        {
            // Serial 1 is 1900-01-01; Excel counts a 1900-02-29 that never was, so serials before it are one day off.
            var serial = date1904 ? value + 1462 : value < 60 ? value + 1 : value;
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return Plain(value);
    }

    /// <summary>Like Excel's General format: 15 significant digits, no exponent for ordinary magnitudes.</summary>
    internal static string Plain(double value)
    {
        var abs = Math.Abs(value);
        if (value == 0)
        {
            return "0";
        }

        return abs is >= 1e-10 and < 1e20
            ? ToDecimal(value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("G15", CultureInfo.InvariantCulture);
    }

    private static decimal ToDecimal(double value) =>
        decimal.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static NumberFormat Classify(long id, Dictionary<long, string> codes) => codes.TryGetValue(id, out var code)
        ? ClassifyCode(code)
        : id switch
        {
            9 => new(Kind.Percent, 0),
            10 => new(Kind.Percent, 2),
            (>= 14 and <= 17) or 22 or (>= 27 and <= 31) or 36 or (>= 50 and <= 54) or 57 or 58 => new(Kind.Date),
            _ => new(Kind.General),
        };

    /// <summary>Classifies a custom format code by its first section, ignoring quoted text, escapes and [colour] tags.</summary>
    private static NumberFormat ClassifyCode(string code)
    {
        var section = new StringBuilder();
        for (var i = 0; i < code.Length && code[i] != ';'; i++)
        {
            switch (code[i])
            {
                case '"': i = code.IndexOf('"', i + 1) is var q and >= 0 ? q : code.Length; break;
                case '[': i = code.IndexOf(']', i + 1) is var b and >= 0 ? b : code.Length; break;
                case '\\' or '_' or '*': i++; break;
                default: section.Append(code[i]); break;
            }
        }

        var format = section.ToString();
        if (format.Contains('%', StringComparison.Ordinal))
        {
            var point = format.IndexOf('.', StringComparison.Ordinal);
            var decimals = point < 0 ? 0 : format[(point + 1)..].TakeWhile(c => c is '0' or '#' or '?').Count();
            return new(Kind.Percent, Math.Min(decimals, 10));
        }

        return format.AsSpan().IndexOfAny("yYdD") >= 0 ? new(Kind.Date) : new(Kind.General);
    }

    /// <summary>The text of a shared or inline string: plain text, or its rich-text runs joined; phonetic runs left out.</summary>
    private static string PlainText(OpenXmlElement item)
    {
        var text = string.Concat(item.ChildElements.Select(e => e switch
        {
            S.Text t => t.Text,
            S.Run r => r.Text?.Text,
            _ => null,
        }));
        return text.Contains("_x", StringComparison.Ordinal) ? Escape().Replace(text, DecodeEscape) : text;
    }

    /// <summary>Excel writes control characters as _xHHHH_ (a line feed as _x000A_, an underscore as _x005F_).</summary>
    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();

    private static string DecodeEscape(Match match) =>
        ((char)int.Parse(match.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString();
}
