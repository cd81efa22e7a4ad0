using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Export;

/// <summary>
/// The import contract (issue 2): documents → sheets → indicators with structured values and
/// positions. Fields may be added, never renamed.
/// </summary>
public static partial class ImportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions CompactOptions = Options with { Indented = false };

    public static void Write(Stream stream, IEnumerable<ImportedDocument> documents)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteStartArray("documents");
        foreach (var document in documents)
        {
            WriteDocument(w, document);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string ToJson(IEnumerable<ImportedDocument> documents)
    {
        using var stream = new MemoryStream();
        Write(stream, documents);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One sheet in the contract, compact (the web API's form), with its id and version first when given.</summary>
    public static string SheetToJson(TargetSheet sheet, long? id = null, int? version = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, CompactOptions))
        {
            WriteSheet(w, sheet, id, version);
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteDocument(Utf8JsonWriter w, ImportedDocument document)
    {
        w.WriteStartObject();
        w.WriteString("source", document.Source);
        w.WriteStartArray("sheets");
        foreach (var sheet in document.Sheets)
        {
            WriteSheet(w, sheet);
        }

        w.WriteEndArray();
        w.WriteStartArray("unplaced");
        foreach (var row in document.Unplaced)
        {
            WriteUnplaced(w, row);
        }

        w.WriteEndArray();
        w.WriteStartArray("totals");
        foreach (var total in document.Totals)
        {
            w.WriteStartObject();
            w.WriteString("label", total.Label);
            w.WriteNumber("amountWan", Canonical(total.Amount.ToWan()));
            w.WriteString("position", total.Position.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (document.Warnings.Count > 0)
        {
            w.WriteStartArray("warnings");
            foreach (var warning in document.Warnings)
            {
                w.WriteStartObject();
                w.WriteString("code", warning.Code);
                w.WriteString("position", warning.Position.ToString());
                w.WriteString("text", warning.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    public static void WriteSheet(Utf8JsonWriter w, TargetSheet sheet) => WriteSheet(w, sheet, null);

    /// <summary>A sheet in the contract's field names, with the id it is stored under first (the web API).</summary>
    public static void WriteSheet(Utf8JsonWriter w, TargetSheet sheet, long? id) => WriteSheet(w, sheet, id, null);

    /// <summary>A stored sheet with its id and the version an edit of it must name (the web API).</summary>
    public static void WriteSheet(Utf8JsonWriter w, TargetSheet sheet, long? id, int? version)
    {
        w.WriteStartObject();
        if (id is { } storedId)
        {
            w.WriteNumber("id", storedId);
        }

        if (version is { } storedVersion)
        {
            w.WriteNumber("version", storedVersion);
        }

        w.WriteString("kind", sheet.Kind == SheetKind.Department ? "department" : "project");
        w.WriteString("title", sheet.Title);
        w.WriteString("department", sheet.Department);
        if (sheet.FiscalYear is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        w.WriteString("project", sheet.ProjectName);
        w.WriteString("code", sheet.ProjectCode);
        if (sheet.Budget?.TotalWan is { } wan)
        {
            w.WriteNumber("budgetWan", Canonical(wan));
        }
        else
        {
            w.WriteNull("budgetWan");
        }

        w.WriteString("unitCode", sheet.UnitCode);
        w.WriteString("framework", sheet.Framework == FrameworkVersion.V101 ? "101号" : "88号");
        w.WriteString("position", sheet.Position.ToString());
        WriteFields(w, sheet);
        WriteParts(w, sheet);
        w.WriteStartArray("indicators");
        foreach (var indicator in sheet.Indicators)
        {
            WriteIndicator(w, indicator);
        }

        w.WriteEndArray();
        w.WriteStartArray("unplaced");
        foreach (var row in sheet.Unplaced)
        {
            WriteUnplaced(w, row);
        }

        w.WriteEndArray();
        if (sheet.Assumptions.Count > 0)
        {
            w.WriteStartArray("assumptions");
            foreach (var assumption in sheet.Assumptions)
            {
                w.WriteStartObject();
                w.WriteString("position", assumption.Position.ToString());
                w.WriteString("text", assumption.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, Indicator indicator)
    {
        w.WriteStartObject();
        w.WriteString("level1", indicator.Level1);
        w.WriteString("level2", indicator.Level2);
        w.WriteString("name", indicator.Name);
        if (indicator.PlacedUnder is { } placedUnder)
        {
            w.WriteString("placedUnder", placedUnder);
        }

        w.WritePropertyName("value");
        WriteValue(w, indicator.Value);
        if (indicator.PeriodValue is { } period)
        {
            w.WritePropertyName("periodValue");
            WriteValue(w, period);
        }

        if (indicator.Function is { } function)
        {
            w.WriteString("function", function);
        }

        WriteIndicatorDetails(w, indicator);

        w.WriteString("position", indicator.Position.ToString());
        w.WriteEndObject();
    }

    /// <summary>
    /// A number without trailing zeros (180.0 → 180, 98.50 → 98.5): the same text whether it comes
    /// from the reader or back from a database that stores decimals with a fixed scale.
    /// </summary>
    private static decimal Canonical(decimal value) => value / 1.000000000000000000000000000000000m;

    private static void WriteValue(Utf8JsonWriter w, TargetValue value)
    {
        w.WriteStartObject();
        w.WriteString("raw", value.Raw);
        w.WriteString("op", TargetValueParser.SignCode(value.Sign));
        if (value.Number is { } number)
        {
            w.WriteNumber("number", Canonical(number));
        }
        else
        {
            w.WriteNull("number");
        }

        w.WriteString("unit", value.Unit);
        w.WriteBoolean("qualitative", value.IsQualitative);
        if (value.Flags != ValueFlags.None)
        {
            w.WriteString("flags", value.Flags.ToString());
        }

        w.WriteEndObject();
    }

    private static void WriteUnplaced(Utf8JsonWriter w, UnplacedRow row)
    {
        w.WriteStartObject();
        w.WriteString("position", row.Position.ToString());
        w.WriteString("text", row.Text);
        w.WriteString("reason", row.Reason);
        w.WriteEndObject();
    }
}
