using System.Text.Json;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review.Reporting;

public class ReviewJsonTests
{
    /// <summary>A hand-made review: one finding on a row, one on the sheet, one on the document.</summary>
    internal static DocumentReview HandMade(string projectName = "职业技能培训项目", string indicatorName = "人均培训成本")
    {
        var sheet = TestSheets.Project(name: projectName);
        var row = sheet.Indicators[3] with { Name = indicatorName };
        sheet = sheet with { Indicators = [.. sheet.Indicators.Take(3), row, .. sheet.Indicators.Skip(4)] };
        var onRow = new Finding("MNY-COST-OVER-BUDGET", Severity.Warning, sheet, row, SourcePosition.Line(13, 4), "成本偏高", "理由", "核对成本");
        var onSheet = new Finding("STR-L1-MISSING", Severity.Error, sheet, null, sheet.Position, "缺少效益指标", "理由", null);
        var onDocument = new Finding("DOC-TOTAL", Severity.Info, null, null, SourcePosition.Line(99), "合计不符", "理由", "核对合计");
        var document = TestSheets.Document(sheet);
        return new DocumentReview(document, [new SheetReview(sheet, [onSheet, onRow])], [onDocument]);
    }

    [Fact]
    public void ToJson_HandMadeReview_WritesTheContract()
    {
        var root = JsonDocument.Parse(ReviewJson.ToJson([HandMade()])).RootElement;

        var document = root.GetProperty("documents")[0];
        Assert.Equal("test.txt", document.GetProperty("source").GetString());
        var documentFinding = document.GetProperty("findings")[0];
        Assert.Equal("DOC-TOTAL", documentFinding.GetProperty("rule").GetString());
        Assert.Equal("info", documentFinding.GetProperty("severity").GetString());
        Assert.Equal("L99", documentFinding.GetProperty("position").GetString());

        var sheet = document.GetProperty("sheets")[0];
        Assert.Equal("project", sheet.GetProperty("kind").GetString());
        Assert.Equal("项目支出绩效目标表", sheet.GetProperty("title").GetString());
        Assert.Equal("职业技能培训项目", sheet.GetProperty("project").GetString());
        Assert.Equal(2024, sheet.GetProperty("year").GetInt32());

        var (onSheet, onRow) = (sheet.GetProperty("findings")[0], sheet.GetProperty("findings")[1]);
        Assert.Equal("STR-L1-MISSING", onSheet.GetProperty("rule").GetString());
        Assert.Equal("error", onSheet.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, onSheet.GetProperty("indicator").ValueKind);
        Assert.Equal(JsonValueKind.Null, onSheet.GetProperty("fix").ValueKind);
        Assert.Equal("缺少一级指标", onSheet.GetProperty("title").GetString());
        Assert.Equal("人均培训成本", onRow.GetProperty("indicator").GetString());
        Assert.Equal("warning", onRow.GetProperty("severity").GetString());
        Assert.Equal("L13:C4", onRow.GetProperty("position").GetString());
        Assert.Equal("成本偏高", onRow.GetProperty("message").GetString());
        Assert.Equal("核对成本", onRow.GetProperty("fix").GetString());
        Assert.Equal("成本指标", onRow.GetProperty("level2").GetString());
        Assert.Equal("理由", onRow.GetProperty("why").GetString());

        var summary = root.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("error").GetInt32());
        Assert.Equal(1, summary.GetProperty("warning").GetInt32());
        Assert.Equal(1, summary.GetProperty("info").GetInt32());
        Assert.Equal(["DOC-TOTAL", "MNY-COST-OVER-BUDGET", "STR-L1-MISSING"], summary.GetProperty("byRule").EnumerateObject().Select(p => p.Name));
        Assert.Equal(7, summary.GetProperty("indicators").GetInt32());
    }

    [Fact]
    public void ToJson_NoDocuments_EmptyListAndZeroCounts()
    {
        var root = JsonDocument.Parse(ReviewJson.ToJson([])).RootElement;

        Assert.Equal(0, root.GetProperty("documents").GetArrayLength());
        Assert.Equal(0, root.GetProperty("summary").GetProperty("error").GetInt32());
        Assert.Empty(root.GetProperty("summary").GetProperty("byRule").EnumerateObject());
    }
}
