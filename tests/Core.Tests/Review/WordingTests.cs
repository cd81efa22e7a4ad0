using Jixiao.Core.Review;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review;

/// <summary>
/// Findings worded when first read (docs/decisions/024): the text is the one composing at once would give, it is
/// composed once, only when read, and a wording that throws leaves the reader a text that says so.
/// </summary>
public class WordingTests
{
    /// <summary>Reports every row, counting how often its wording is composed.</summary>
    private sealed class CountingRule(Func<Finding, string>? message = null) : IndicatorRule
    {
        public int Messages;
        public int Fixes;

        public override RuleInfo Info { get; } = new("TEST-WORDING", "措辞测试", Severity.Warning, RuleFamily.Values, "测试");

        public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings) =>
            findings.Report(sheet, indicator.Indicator, Wording.Of(
                f =>
                {
                    Messages++;
                    return (message ?? (r => "“" + r.Indicator!.Name + "”有问题"))(f);
                },
                f =>
                {
                    Fixes++;
                    return f.Indicator!.Name == "无建议" ? null : "改正“" + f.Indicator.Name + "”";
                }), cause: indicator.Indicator.Name);
    }

    private static TargetSheet Sheet(params string[] names) =>
        TestSheets.Project([.. names.Select((n, i) => TestSheets.Row("产出指标", "数量指标", n, "≥1个", 10 + i))]);

    [Fact]
    public void Review_FindingsNotRead_NothingComposed()
    {
        var rule = new CountingRule();

        var findings = new RuleEngine([rule], RuleSet.Default).Review(Sheet("培训人数", "培训次数"));

        Assert.Equal(2, findings.Count);
        Assert.Equal(0, rule.Messages);
        Assert.Equal(0, rule.Fixes);
    }

    [Fact]
    public void Read_Twice_ComposedOnceAndAsWordedAtOnce()
    {
        var rule = new CountingRule();
        var finding = Assert.Single(new RuleEngine([rule], RuleSet.Default).Review(Sheet("培训人数")));

        Assert.Equal("“培训人数”有问题", finding.Message);
        Assert.Equal("“培训人数”有问题", finding.Message);
        Assert.Equal("改正“培训人数”", finding.Fix);
        Assert.Equal("改正“培训人数”", finding.Fix);

        Assert.Equal(1, rule.Messages);
        Assert.Equal(1, rule.Fixes);
        var atOnce = finding with { Message = "“培训人数”有问题", Fix = "改正“培训人数”" };
        Assert.Equal(atOnce, finding);
    }

    [Fact]
    public void Read_WordingWithNoFix_FixIsNull()
    {
        var finding = Assert.Single(new RuleEngine([new CountingRule()], RuleSet.Default).Review(Sheet("无建议")));

        Assert.Null(finding.Fix);
        Assert.Equal("“无建议”有问题", finding.Message);
    }

    [Fact]
    public void Read_CopyWithNewMessage_KeepsTheFixItWouldHaveComposed()
    {
        var finding = Assert.Single(new RuleEngine([new CountingRule()], RuleSet.Default).Review(Sheet("培训人数")));

        var noted = finding with { Message = "另写的意见" };

        Assert.Equal("另写的意见", noted.Message);
        Assert.Equal("改正“培训人数”", noted.Fix);
    }

    [Fact]
    public void Read_WordingThrows_ReaderGetsATextNamingTheRule()
    {
        var rule = new CountingRule(_ => throw new InvalidOperationException("boom"));
        var finding = Assert.Single(new RuleEngine([rule], RuleSet.Default).Review(Sheet("培训人数")));

        Assert.Contains("TEST-WORDING", finding.Message, StringComparison.Ordinal);
        Assert.Equal("改正“培训人数”", finding.Fix);
    }

    [Fact]
    public void Review_RepeatedFindingsGrouped_GroupWordedFromItsRowsWhenRead()
    {
        // VAL-SIGN-MISSING on two rows of one sheet: one finding listing both, each row's own fix.
        var sheet = TestSheets.Project([
            TestSheets.Row("产出指标", "数量指标", "培训人数", "200人", 10),
            TestSheets.Row("产出指标", "数量指标", "培训次数", "12次", 11),
        ]);

        var finding = Assert.Single(RuleEngine.Default.Review(sheet), f => f.RuleId == "VAL-SIGN-MISSING");

        Assert.Equal(2, finding.Rows.Count);
        Assert.StartsWith("同一问题共 2 项：", finding.Message, StringComparison.Ordinal);
        Assert.Contains("“培训人数”的指标值“200人”未写计算符号", finding.Message, StringComparison.Ordinal);
        Assert.Contains("“培训次数”改为 ≥12次", finding.Fix, StringComparison.Ordinal);
        Assert.Equal(["≥200人", "≥12次"], finding.ValueFixes.Select(v => v.Value));
    }
}
