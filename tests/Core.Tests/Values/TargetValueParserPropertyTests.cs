using FsCheck;
using FsCheck.Fluent;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Values;

/// <summary>Properties of the parser on arbitrary and on value-like strings.</summary>
public class TargetValueParserPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(2000);

    private static IEnumerable<Arbitrary<string>> Inputs() =>
    [
        ArbMap.Default.ArbFor<string>(),
        ValueTextGen.AnyCharsArb(),
        ValueTextGen.ValueLikeArb(),
    ];

    [Fact]
    public void Parse_AnyString_NeverThrows()
    {
        foreach (var input in Inputs())
        {
            Check.One(Config, Prop.ForAll(input, s =>
            {
                var value = TargetValueParser.Parse(s);
                _ = TargetValueParser.Render(value);
                _ = TargetValueParser.IsSignOnly(s);
            }));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1999)]
    [InlineData(2000)]
    [InlineData(2001)]
    [InlineData(8001)]
    [InlineData(100_000)]
    public void Parse_VeryLongString_NeverThrows(int length)
    {
        foreach (var unit in new[] { "≥1", "<ma<math>th>", "\ud800", "年", "\\\\%", " " })
        {
            var s = string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1));
            var value = TargetValueParser.Parse(s);

            AssertSameMeaning(value, TargetValueParser.Parse(TargetValueParser.Render(value)), s);
        }
    }

    [Fact]
    public void Parse_RenderedValue_MeansTheSame()
    {
        foreach (var input in Inputs())
        {
            Check.One(Config, Prop.ForAll(input, s =>
            {
                var value = TargetValueParser.Parse(s);
                AssertSameMeaning(value, TargetValueParser.Parse(TargetValueParser.Render(value)), s);
            }));
        }
    }

    [Theory]
    // Years: 1999年 is a year, so these must be years too, or their rendering would change meaning.
    [InlineData("1,999年")]
    [InlineData("1999 年")]
    [InlineData("2000.0年")]
    [InlineData("两千年")]
    [InlineData("≥2024年")]
    // Cleaning that uncovers LaTeX must go on until nothing changes.
    [InlineData("< math>健全")]
    [InlineData("<ma<math>th>\\geq")]
    [InlineData("\\\\%健全")]
    // Text normalization refuses.
    [InlineData("\ud800≥5人")]
    [InlineData("\ufffe健全")]
    public void Parse_RenderedFoundCounterexample_MeansTheSame(string input)
    {
        var value = TargetValueParser.Parse(input);

        AssertSameMeaning(value, TargetValueParser.Parse(TargetValueParser.Render(value)), input);
    }

    [Fact]
    public void Render_RenderedText_IsAFixedPoint()
    {
        Check.One(Config, Prop.ForAll(ValueTextGen.ValueLikeArb(), s =>
        {
            var once = TargetValueParser.Render(TargetValueParser.Parse(s));
            Assert.Equal(once, TargetValueParser.Render(TargetValueParser.Parse(once)));
        }));
    }

    [Fact]
    public void Render_Latex_IsIdempotent()
    {
        Check.One(Config, Prop.ForAll(ValueTextGen.ValueLikeArb(), s =>
        {
            var once = Latex.Render(s);
            Assert.Equal(once, Latex.Render(once));
        }));
    }

    [Fact]
    public void Parse_NumberWithSignAndUnit_ReadsThem()
    {
        var signs = Gen.Elements(Sign.GreaterOrEqual, Sign.Greater, Sign.Equal, Sign.LessOrEqual, Sign.Less, Sign.Approximately);
        var units = Gen.Elements("人", "%", "万元", "人次", "元/人/月", "个月", "件、次", "场");
        var cases = Gen.Zip(signs, Gen.Zip(Gen.Choose(0, 1_000_000), units));
        Check.One(Config, Prop.ForAll(Arb.From(cases), c =>
        {
            var (sign, (n, unit)) = c;
            var value = TargetValueParser.Parse(TargetValueParser.SignSymbol(sign) + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + unit);

            Assert.Equal((sign, (decimal?)n, unit, false), (value.Sign, value.Number, value.Unit, value.IsQualitative));
        }));
    }

    private static void AssertSameMeaning(TargetValue expected, TargetValue actual, string input)
    {
        var a = (expected.Sign, expected.Number, expected.Unit, expected.IsQualitative);
        var b = (actual.Sign, actual.Number, actual.Unit, actual.IsQualitative);
        Assert.True(a == b, $"input {Escape(input)}: {a} then {b} (rendered {Escape(TargetValueParser.Render(expected))})");
    }

    private static string Escape(string s) =>
        s.Length > 200 ? $"[{s.Length} chars]" : string.Concat(s.Select(c => c < 0x20 || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
