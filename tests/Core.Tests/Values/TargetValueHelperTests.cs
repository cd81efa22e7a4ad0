using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Values;

/// <summary>IsSignOnly, Render, the sign codes, Chinese numerals and LaTeX.</summary>
public class TargetValueHelperTests
{
    [Theory]
    [InlineData("≥", true)]
    [InlineData(" ≤ ", true)]
    [InlineData(">=", true)]
    [InlineData("<math>\\geq</math>", true)]
    [InlineData("不低于", true)]
    [InlineData("0", false)]
    [InlineData("≥180人", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("\ud800", false)]
    public void IsSignOnly_Cell_TellsWhetherOnlyASign(string? cell, bool expected)
    {
        Assert.Equal(expected, TargetValueParser.IsSignOnly(cell));
    }

    [Theory]
    [InlineData("≥180人", "≥180人")]
    [InlineData("90%以上", "≥90%")]
    [InlineData("不高于1%", "≤1%")]
    [InlineData("≅700", "≈700")]
    [InlineData("大于等于两场", "≥2场")]
    [InlineData("1,000人", "1000人")]
    [InlineData("<math>\\geq 2\\%</math>", "≥2%")]
    [InlineData("≤2.40万元", "≤2.4万元")]
    [InlineData("=0", "=0")]
    [InlineData("小于2单", "<2单")]
    [InlineData("大于95%", ">95%")]
    [InlineData("较满意", "较满意")]
    [InlineData("12月底之前", "12月底之前")]
    public void Render_ParsedValue_GivesCanonicalText(string raw, string expected)
    {
        Assert.Equal(expected, TargetValueParser.Render(TargetValueParser.Parse(raw)));
    }

    [Fact]
    public void Render_Missing_IsEmpty()
    {
        Assert.Equal("", TargetValueParser.Render(TargetValue.Missing));
    }

    [Theory]
    [InlineData(Sign.None, null, "")]
    [InlineData(Sign.GreaterOrEqual, ">=", "≥")]
    [InlineData(Sign.Greater, ">", ">")]
    [InlineData(Sign.Equal, "=", "=")]
    [InlineData(Sign.LessOrEqual, "<=", "≤")]
    [InlineData(Sign.Less, "<", "<")]
    [InlineData(Sign.Approximately, "~", "≈")]
    public void SignCode_EachSign_MapsToCodeAndSymbol(Sign sign, string? code, string symbol)
    {
        Assert.Equal(code, TargetValueParser.SignCode(sign));
        Assert.Equal(symbol, TargetValueParser.SignSymbol(sign));
    }

    [Theory]
    [InlineData("两", 2)]
    [InlineData("零", 0)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("一百二十", 120)]
    [InlineData("一百零五", 105)]
    [InlineData("三千", 3000)]
    [InlineData("三万", 30000)]
    [InlineData("十二万五千", 125000)]
    [InlineData("二〇二四", 2024)]
    public void Parse_ChineseNumeral_GivesValue(string text, int expected)
    {
        Assert.Equal(expected, ChineseNumeral.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("三五")]
    [InlineData("三四十")]
    [InlineData("半")]
    [InlineData("一二三四五六七八九十百千万")]
    public void Parse_MalformedChineseNumeral_IsNull(string text)
    {
        Assert.Null(ChineseNumeral.Parse(text));
    }

    [Theory]
    [InlineData("<math>\\geq 31000</math>", "≥ 31000")]
    [InlineData("\\leqslant 5", "≤ 5")]
    [InlineData("90\\%", "90%")]
    [InlineData("\\text{人次}", "人次")]
    [InlineData("普通文本", "普通文本")]
    public void Render_Latex_GivesSymbols(string text, string expected)
    {
        Assert.Equal(expected, Latex.Render(text));
    }
}
