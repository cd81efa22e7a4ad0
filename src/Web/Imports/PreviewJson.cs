using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Export;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;
using Jixiao.Core.Targets;

namespace Jixiao.Web.Imports;

/// <summary>
/// A preview as the API gives it: a summary per sheet, every row that could not be placed (document
/// and sheets), the duplicate if any, then what was read in the import contract (<c>import</c>) and
/// its review in the review contract (<c>review</c>), both verbatim.
/// </summary>
public static class PreviewJson
{
    public static string Write(ImportPreview preview)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", preview.Id);
            w.WriteString("fileName", preview.FileName);
            w.WriteNumber("sizeBytes", preview.Content.LongLength);
            w.WriteString("sha256", preview.Sha256);
            w.WriteString("regionCode", preview.RegionCode);
            w.WriteString("regionName", preview.RegionName);
            w.WriteString("expiresAt", preview.ExpiresAt);
            WriteDuplicate(w, preview.DuplicateOf);
            WriteSheets(w, preview.Review);
            WriteUnplaced(w, preview.Document);
            w.WriteNumber("findings", preview.Review.AllFindings.Count());
            WriteEmbedded(w, "import", ImportJson.ToJson([preview.Document]));
            WriteEmbedded(w, "review", ReviewJson.ToJson([preview.Review]));
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Indicators per 一级指标, in the order the sheet has them.</summary>
    public static IReadOnlyList<(string Category, int Count)> ByCategory(TargetSheet sheet) =>
        [.. sheet.Indicators.GroupBy(i => i.Level1, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];

    /// <summary>Every row that could not be placed, with the sheet it was found in (null: the document).</summary>
    public static IEnumerable<(int? Sheet, UnplacedRow Row)> AllUnplaced(ImportedDocument document) =>
        document.Unplaced.Select(r => ((int?)null, r))
            .Concat(document.Sheets.SelectMany((s, i) => s.Unplaced.Select(r => ((int?)i, r))));

    /// <summary>A contract's document, as its writer made it, without the indentation.</summary>
    private static void WriteEmbedded(Utf8JsonWriter w, string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        w.WritePropertyName(name);
        document.RootElement.WriteTo(w);
    }

    private static void WriteDuplicate(Utf8JsonWriter w, long? duplicateOf)
    {
        if (duplicateOf is not { } existing)
        {
            w.WriteNull("duplicate");
            return;
        }

        w.WriteStartObject("duplicate");
        w.WriteNumber("documentId", existing);
        w.WriteString("message", $"相同的文件已导入（文档 {existing}），不能重复保存");
        w.WriteEndObject();
    }

    private static void WriteSheets(Utf8JsonWriter w, DocumentReview review)
    {
        w.WriteStartArray("sheets");
        foreach (var (sheet, findings) in review.Sheets)
        {
            w.WriteStartObject();
            w.WriteString("kind", sheet.Kind == SheetKind.Department ? "department" : "project");
            w.WriteString("title", sheet.Title);
            w.WriteString("department", sheet.Department);
            w.WriteString("project", sheet.ProjectName);
            WriteNullable(w, "year", sheet.FiscalYear);
            WriteNullable(w, "budgetWan", sheet.Budget?.TotalWan);
            w.WriteNumber("indicators", sheet.Indicators.Count);
            w.WriteStartObject("indicatorsByCategory");
            foreach (var (category, count) in ByCategory(sheet))
            {
                w.WriteNumber(category, count);
            }

            w.WriteEndObject();
            w.WriteNumber("unplaced", sheet.Unplaced.Count);
            w.WriteStartArray("assumptions");
            foreach (var assumption in sheet.Assumptions)
            {
                w.WriteStartObject();
                w.WriteString("position", assumption.Position.ToString());
                w.WriteString("text", assumption.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("errors", findings.Count(f => f.Severity == Severity.Error));
            w.WriteNumber("warnings", findings.Count(f => f.Severity == Severity.Warning));
            w.WriteNumber("infos", findings.Count(f => f.Severity == Severity.Info));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteUnplaced(Utf8JsonWriter w, ImportedDocument document)
    {
        w.WriteStartArray("unplaced");
        foreach (var (sheet, row) in AllUnplaced(document))
        {
            w.WriteStartObject();
            WriteNullable(w, "sheet", sheet);
            w.WriteString("position", row.Position.ToString());
            w.WriteString("text", row.Text);
            w.WriteString("reason", row.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
