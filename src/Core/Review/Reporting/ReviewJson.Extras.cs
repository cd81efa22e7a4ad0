using System.Text.Json;

namespace Jixiao.Core.Review.Reporting;

public static partial class ReviewJson
{
    /// <summary>
    /// What the merge pass adds, only where it applies: the cause (with rule and position, what a reviewer's
    /// mark names a finding by), the rows of a grouped finding, the rules folded in, the doubt, the new values.
    /// </summary>
    private static void WriteExtras(Utf8JsonWriter w, Finding finding)
    {
        if (finding.Cause is { } cause)
        {
            w.WriteString("cause", cause);
        }

        if (finding.Rows.Count > 0)
        {
            w.WriteStartArray("rows");
            foreach (var row in finding.Rows)
            {
                w.WriteStringValue(row.Name);
            }

            w.WriteEndArray();
        }

        if (finding.Merged.Count > 0)
        {
            w.WriteStartArray("merged");
            foreach (var rule in finding.Merged)
            {
                w.WriteStringValue(rule);
            }

            w.WriteEndArray();
        }

        if (finding.Doubt is { } doubt)
        {
            w.WriteString("doubt", doubt);
        }

        if (finding.ValueFixes.Count > 0)
        {
            w.WriteStartArray("valueFixes");
            foreach (var fix in finding.ValueFixes)
            {
                w.WriteStartObject();
                w.WriteString("indicator", fix.Row.Name);
                w.WriteString("value", fix.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }
}
