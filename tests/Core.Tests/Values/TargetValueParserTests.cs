using System.Globalization;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Values;

/// <summary>The value forms of domain.md §2, read as the gold conventions read them.</summary>
public class TargetValueParserTests
{
    [Theory]
    // Signs written as symbols, words, suffixes and LaTeX.
    [InlineData("≥180人", ">=", "180", "人", false)]
    [InlineData("≤2.4万元", "<=", "2.4", "万元", false)]
    [InlineData("≥1万人以上", ">=", "1", "万人", false)]
    [InlineData("≥31000人(次)", ">=", "31000", "人(次)", false)]
    [InlineData("≥3万条", ">=", "3", "万条", false)]
    [InlineData("2亿立方米", null, "2", "亿立方米", false)]
    [InlineData("≤28.40/株", "<=", "28.40", "/株", false)]
    [InlineData("≥50%", ">=", "50", "%", false)]
    [InlineData("≥31000人（次）", ">=", "31000", "人(次)", false)]
    [InlineData("<math>\\geq 31000</math>人(次)", ">=", "31000", "人(次)", false)]
    [InlineData("<math>\\geq 2\\%</math>", ">=", "2", "%", false)]
    [InlineData("<math>\\leq 5</math>万元", "<=", "5", "万元", false)]
    [InlineData(">=85%", ">=", "85", "%", false)]
    [InlineData("不低于90%", ">=", "90", "%", false)]
    [InlineData("不超过5万元", "<=", "5", "万元", false)]
    [InlineData("3个工作日以内", "<=", "3", "个工作日", false)]
    [InlineData("90%以上", ">=", "90", "%", false)]
    [InlineData("5%以下", "<=", "5", "%", false)]
    [InlineData("大于95%", ">", "95", "%", false)]
    [InlineData("不高于1%", "<=", "1", "%", false)]
    [InlineData("小于2单", "<", "2", "单", false)]
    [InlineData("大于等于两场", ">=", "2", "场", false)]
    [InlineData("达到100%", ">=", "100", "%", false)]
    [InlineData("≅700", "~", "700", null, false)]
    [InlineData("≈13000件、次", "~", "13000", "件、次", false)]
    [InlineData("≈10000份", "~", "10000", "份", false)]
    [InlineData("=0", "=", "0", null, false)]
    [InlineData("≥50万", ">=", "50", "万", false)]
    [InlineData("≥20000", ">=", "20000", null, false)]
    [InlineData("≥９５％", ">=", "95", "%", false)]
    // No sign written.
    [InlineData("100%", null, "100", "%", false)]
    [InlineData("1", null, "1", null, false)]
    [InlineData("0.6", null, "0.6", null, false)]
    [InlineData("0", null, "0", null, false)]
    [InlineData("0起", null, "0", "起", false)]
    [InlineData("1,000人", null, "1000", "人", false)]
    [InlineData("2004元/人/月", null, "2004", "元/人/月", false)]
    [InlineData("100元/每人", null, "100", "元/每人", false)]
    [InlineData("案件资料100%按规定归档", null, "100", "%", false)]
    // Several quantities: the first one is described.
    [InlineData("岗位补贴:2004元/人/月,1002元/人/月", null, "2004", "元/人/月", false)]
    [InlineData("预完成100件案件庭审笔录及50件调解笔录，当期结案率≥90%", null, "100", "件", false)]
    [InlineData("≅4250人，平均2000元/年/人", "~", "4250", "人", false)]
    // Times and deadlines.
    [InlineData("≤12月份", "<=", "12", "月份", false)]
    [InlineData("≅12月", "~", "12", "月", false)]
    [InlineData("≤12个月", "<=", "12", "个月", false)]
    [InlineData("12月底之前", null, null, null, true)]
    [InlineData("2024年12底之前", null, null, null, true)]
    [InlineData("年底完成", null, null, null, true)]
    // Qualitative.
    [InlineData("健全", null, null, null, true)]
    [InlineData("是", null, null, null, true)]
    [InlineData("优", null, null, null, true)]
    [InlineData("较满意", null, null, null, true)]
    [InlineData("有效推动", null, null, null, true)]
    [InlineData("在预算范围内", null, null, null, true)]
    [InlineData("原则上不超过社会保险费实际缴费金额的三分之二", "<=", null, null, true)]
    [InlineData("2024年规模大于2023年的", ">", null, null, true)]
    [InlineData("春秋两季实际入学学生中认定", null, null, null, true)]
    public void Parse_WrittenForm_ReadsSignNumberUnit(string raw, string? op, string? number, string? unit, bool qualitative)
    {
        var value = TargetValueParser.Parse(raw);

        Assert.Equal(op, TargetValueParser.SignCode(value.Sign));
        Assert.Equal(number is null ? null : decimal.Parse(number, CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(qualitative, value.IsQualitative);
    }

    [Theory]
    [InlineData("1", ValueFlags.ProbablyRatio)]
    [InlineData("0.6", ValueFlags.ProbablyRatio)]
    [InlineData("≤12月份", ValueFlags.TimeTarget)]
    [InlineData("12月底之前", ValueFlags.TimeTarget)]
    [InlineData("年底完成", ValueFlags.TimeTarget)]
    [InlineData("岗位补贴:2004元/人/月,1002元/人/月", ValueFlags.SeveralQuantities)]
    [InlineData("预完成100件案件庭审笔录及50件调解笔录，当期结案率≥90%", ValueFlags.SeveralQuantities)]
    [InlineData("≥**%", ValueFlags.Placeholder | ValueFlags.Unclear)]
    [InlineData("≥", ValueFlags.Unclear)]
    public void Parse_SpecialForm_SetsFlags(string raw, ValueFlags expected)
    {
        Assert.True(TargetValueParser.Parse(raw).Has(expected));
    }

    [Theory]
    [InlineData("0", ValueFlags.ProbablyRatio)]
    [InlineData("100%", ValueFlags.ProbablyRatio)]
    [InlineData("≥1次", ValueFlags.ProbablyRatio)]
    [InlineData("≥180人", ValueFlags.SeveralQuantities)]
    [InlineData("健全", ValueFlags.Unclear)]
    [InlineData("≥180人", ValueFlags.TimeTarget)]
    public void Parse_OrdinaryForm_LeavesFlagUnset(string raw, ValueFlags flag)
    {
        Assert.False(TargetValueParser.Parse(raw).Has(flag));
    }

    [Fact]
    public void Parse_Placeholder_IsNeitherNumberNorQualitative()
    {
        var value = TargetValueParser.Parse("≥**%");

        Assert.Null(value.Number);
        Assert.False(value.IsQualitative);
    }

    [Fact]
    public void Parse_Latex_KeepsRenderedRaw()
    {
        Assert.Equal("≥31000人(次)", TargetValueParser.Parse("<math>\\geq 31000</math>人(次)").Raw);
    }

    [Fact]
    public void Parse_Qualitative_TextIsRaw()
    {
        Assert.Equal("较满意", TargetValueParser.Parse("较满意").Text);
        Assert.Null(TargetValueParser.Parse("≥180人").Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<math></math>")]
    public void Parse_Blank_IsMissing(string? raw)
    {
        Assert.Equal(TargetValue.Missing, TargetValueParser.Parse(raw));
    }
}
