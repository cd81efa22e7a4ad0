using System.Globalization;
using System.Text;
using Jixiao.Core.Targets;
using static System.Net.WebUtility;

namespace Jixiao.Core.Review.Reporting;

/// <summary>One sheet of the HTML report: header fields, sheet-level findings, the indicator table with findings beside their rows.</summary>
internal static class ReviewHtmlSheet
{
    public static string Name(TargetSheet sheet) =>
        (sheet.Kind == SheetKind.Department ? "[部门整体] " : "[项目] ") + (sheet.ProjectName ?? sheet.Department ?? sheet.Title ?? "（无名称）");

    public static void Write(StringBuilder html, SheetReview review, string id)
    {
        var sheet = review.Sheet;
        html.Append("<article class=\"card sheet\" id=\"").Append(id).Append("\">\n<h3>").Append(HtmlEncode(Name(sheet))).Append("</h3>\n");
        WriteFields(html, sheet);

        var rows = new Dictionary<Indicator, List<Finding>>(ReferenceEqualityComparer.Instance);
        foreach (var indicator in sheet.Indicators)
        {
            rows.TryAdd(indicator, []);
        }

        var sheetLevel = new List<Finding>();
        foreach (var finding in review.Findings)
        {
            if (finding.Indicator is { } indicator && rows.TryGetValue(indicator, out var list))
            {
                list.Add(finding);
            }
            else
            {
                sheetLevel.Add(finding);
            }
        }

        if (sheetLevel.Count > 0)
        {
            html.Append("<div class=\"sheet-findings\">\n");
            foreach (var finding in sheetLevel)
            {
                ReviewHtmlReport.AppendFinding(html, finding, withIndicator: true);
            }

            html.Append("</div>\n");
        }
        else if (review.Findings.Count == 0)
        {
            html.Append("<p class=\"ok\">本表未发现问题。</p>\n");
        }

        WriteIndicators(html, sheet.Indicators, rows);
        html.Append("</article>\n");
    }

    private static void WriteFields(StringBuilder html, TargetSheet sheet)
    {
        var fields = new List<(string Label, string Value)>();
        Add(fields, "表名", sheet.Title);
        Add(fields, "项目名称", sheet.ProjectName);
        Add(fields, "项目编码", sheet.ProjectCode);
        Add(fields, sheet.Kind == SheetKind.Department ? "部门（单位）" : "单位", sheet.Department);
        Add(fields, "主管部门", sheet.SupervisingDepartment);
        Add(fields, "用款单位", sheet.Unit);
        Add(fields, "年度", sheet.FiscalYear?.ToString(CultureInfo.InvariantCulture));
        Add(fields, "预算金额", sheet.Budget?.TotalWan is { } wan ? wan.ToString("#,##0.00", CultureInfo.InvariantCulture) + "万元" : null);
        Add(fields, "指标体系", sheet.Framework == FrameworkVersion.V101 ? "101号" : "88号");
        Add(fields, "来源位置", sheet.Position.ToString());
        html.Append("<table class=\"fields\">\n");
        for (var i = 0; i < fields.Count; i += 2)
        {
            html.Append("<tr><th>").Append(HtmlEncode(fields[i].Label)).Append("</th><td>").Append(HtmlEncode(fields[i].Value)).Append("</td>");
            if (i + 1 < fields.Count)
            {
                html.Append("<th>").Append(HtmlEncode(fields[i + 1].Label)).Append("</th><td>").Append(HtmlEncode(fields[i + 1].Value)).Append("</td>");
            }
            else
            {
                html.Append("<th></th><td></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Add(List<(string, string)> fields, string label, string? value)
    {
        if (value is { Length: > 0 })
        {
            fields.Add((label, value));
        }
    }

    private static void WriteIndicators(StringBuilder html, IReadOnlyList<Indicator> indicators, Dictionary<Indicator, List<Finding>> rows)
    {
        if (indicators.Count == 0)
        {
            html.Append("<p class=\"muted\">本表没有绩效指标。</p>\n");
            return;
        }

        html.Append("<table class=\"indicators\">\n<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>审核意见</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var findings = rows[indicator];
            html.Append("<tr data-position=\"").Append(HtmlEncode(indicator.Position.ToString())).Append('"');
            if (findings.Count > 0)
            {
                html.Append(" class=\"row-").Append(findings.Max(f => f.Severity).Code()).Append('"');
            }

            html.Append('>');
            if (i == 0 || Level1(indicators[i - 1]) != Level1(indicator))
            {
                var span = Run(indicators, i, (a, b) => Level1(a) == Level1(b));
                html.Append("<td class=\"l1\"").Append(RowSpan(span)).Append('>').Append(HtmlEncode(Level1(indicator))).Append("</td>");
            }

            if (i == 0 || Level1(indicators[i - 1]) != Level1(indicator) || indicators[i - 1].Level2 != indicator.Level2)
            {
                var span = Run(indicators, i, (a, b) => Level1(a) == Level1(b) && a.Level2 == b.Level2);
                html.Append("<td class=\"l2\"").Append(RowSpan(span)).Append('>').Append(HtmlEncode(indicator.Level2 ?? "")).Append("</td>");
            }

            html.Append("<td class=\"name\">").Append(HtmlEncode(indicator.Name)).Append("</td><td class=\"value\">")
                .Append(HtmlEncode(indicator.Value.Raw)).Append("</td><td class=\"review\">");
            foreach (var finding in findings)
            {
                ReviewHtmlReport.AppendFinding(html, finding, withIndicator: false);
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The level-1 cell as the form lays the row out (a 效益 category left under 产出指标 shows under 产出指标).</summary>
    private static string Level1(Indicator indicator) => indicator.PlacedUnder ?? indicator.Level1;

    private static int Run(IReadOnlyList<Indicator> indicators, int start, Func<Indicator, Indicator, bool> same)
    {
        var end = start + 1;
        while (end < indicators.Count && same(indicators[start], indicators[end]))
        {
            end++;
        }

        return end - start;
    }

    private static string RowSpan(int span) => span > 1 ? string.Create(CultureInfo.InvariantCulture, $" rowspan=\"{span}\"") : "";
}
