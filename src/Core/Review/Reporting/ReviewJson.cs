using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Reporting;

/// <summary>
/// The review contract (issue 3): documents → sheets → findings, then a summary of the counts by
/// severity and by rule. Fields may be added, never renamed. Added here: per document its
/// document-level <c>findings</c> (no single sheet at fault), per sheet <c>department</c>,
/// <c>year</c> and <c>position</c>, per finding <c>title</c>, <c>level1</c>, <c>level2</c> and
/// <c>why</c>, and <c>documents</c>/<c>sheets</c>/<c>indicators</c> in the summary.
/// </summary>
public static partial class ReviewJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, IReadOnlyList<DocumentReview> reviews)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteStartArray("documents");
        foreach (var review in reviews)
        {
            WriteDocument(w, review);
        }

        w.WriteEndArray();
        WriteSummary(w, ReviewTally.Of(reviews));
        w.WriteEndObject();
    }

    public static string ToJson(IReadOnlyList<DocumentReview> reviews)
    {
        using var stream = new MemoryStream();
        Write(stream, reviews);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentReview review)
    {
        w.WriteStartObject();
        w.WriteString("source", review.Document.Source);
        w.WriteStartArray("findings");
        foreach (var finding in review.DocumentFindings)
        {
            WriteFinding(w, finding);
        }

        w.WriteEndArray();
        w.WriteStartArray("sheets");
        foreach (var sheet in review.Sheets)
        {
            WriteSheet(w, sheet);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSheet(Utf8JsonWriter w, SheetReview review)
    {
        var sheet = review.Sheet;
        w.WriteStartObject();
        w.WriteString("kind", sheet.Kind == SheetKind.Department ? "department" : "project");
        w.WriteString("title", sheet.Title);
        w.WriteString("project", sheet.ProjectName);
        w.WriteString("department", sheet.Department);
        if (sheet.FiscalYear is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        w.WriteString("position", sheet.Position.ToString());
        w.WriteStartArray("findings");
        foreach (var finding in review.Findings)
        {
            WriteFinding(w, finding);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteFinding(Utf8JsonWriter w, Finding finding)
    {
        w.WriteStartObject();
        w.WriteString("rule", finding.RuleId);
        w.WriteString("title", RuleTitles.Of(finding.RuleId));
        w.WriteString("severity", finding.Severity.Code());
        w.WriteString("indicator", finding.Indicator?.Name);
        if (finding.Indicator is { } indicator)
        {
            w.WriteString("level1", indicator.Level1);
            w.WriteString("level2", indicator.Level2);
        }

        w.WriteString("position", finding.Position.ToString());
        w.WriteString("place", FindingText.Place(finding));
        w.WriteString("message", finding.Message);
        w.WriteString("why", finding.Why);
        w.WriteString("fix", finding.Fix);
        WriteExtras(w, finding);
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, ReviewTally tally)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("error", tally.Error);
        w.WriteNumber("warning", tally.Warning);
        w.WriteNumber("info", tally.Info);
        w.WriteStartObject("byRule");
        foreach (var (rule, count) in tally.ByRule)
        {
            w.WriteNumber(rule, count);
        }

        w.WriteEndObject();
        w.WriteNumber("documents", tally.Documents);
        w.WriteNumber("sheets", tally.Sheets);
        w.WriteNumber("indicators", tally.Indicators);
        w.WriteEndObject();
    }
}
