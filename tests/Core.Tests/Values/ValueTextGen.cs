using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Jixiao.Core.Tests.Values;

/// <summary>Generators of strings that look like target values, and of hostile strings.</summary>
public static class ValueTextGen
{
    private static readonly string[] Signs =
    [
        "≥", "≤", "<", ">", "=", ">=", "<=", "=>", "≈", "≅", "~", "＞", "＝", "≧", "大于", "小于", "大于等于", "不低于",
        "不超过", "不高于", "达到", "至少", "约", "等于",
    ];

    private static readonly string[] Units =
    [
        "人", "人次", "人(次)", "人（次）", "%", "％", "万元", "万", "元/人/月", "元/每人", "件、次", "个月", "月份", "月", "年",
        "次", "个", "场", "单", "起", "份", "家", "种", "天", "个工作日", "‰", "km", "年/人", "/", "、",
    ];

    private static readonly string[] Words =
    [
        "以上", "以下", "及以上", "以内", "左右", "之前", "月底", "年底完成", "底前", "按时", "健全", "是", "较满意", "有效推动",
        "在预算范围内", "原则上", "规模", "的", "三分之二", "，", ",", ":", "；", "平均", "预完成", "案件", "**", "XX", "…", "待定",
    ];

    private static readonly string[] Numerals = ["两", "十", "二十", "一百二十", "三万", "零", "〇", "二〇二四", "三五", "万", "百"];

    private static readonly string[] Latex =
    [
        "<math>", "</math>", "\\geq ", "\\leq ", "\\geqslant", "\\ge", "\\%", "\\,", "\\ ", "\\text{", "}", "\\", "< math>",
        "<ma", "th>", "\\\\", "\\approx",
    ];

    private static readonly string[] Odd =
    [
        " ", "  ", "\t", "\n", "\u3000", "\u00a0", "\0", "\u0001", "\ud800", "\udc00", "\ufffe", "\ud83d\ude00", "𠀀", "\u0301", "¨",
        "９", "．", ".", "-", "+", "(", ")", "（", "）", "ｍａｔｈ", "＼", "Ⅻ", "①", "½",
    ];

    /// <summary>A number as forms write it: integers, decimals, thousands, years, huge and tiny.</summary>
    public static Gen<string> Number() => Gen.OneOf(
        Gen.Choose(0, 100).Select(n => n.ToString(CultureInfo.InvariantCulture)),
        Gen.Choose(0, 100000).Select(n => n.ToString(CultureInfo.InvariantCulture)),
        Gen.Choose(1890, 2110).Select(n => n.ToString(CultureInfo.InvariantCulture)),
        Gen.Choose(0, 9999).Select(n => (n / 100m).ToString(CultureInfo.InvariantCulture)),
        Gen.Choose(1000, 999999).Select(n => n.ToString("N0", CultureInfo.InvariantCulture)),
        Gen.Elements("0.0", "00", "1.", ".5", "2000.0", "1,999", "1,0000", "1.2.3", "99999999999999999999999999999",
            "9999999999999999999999999999", "0.00000000000000000000000001", "１２"));

    /// <summary>One piece of a value-like text.</summary>
    public static Gen<string> Piece() => Gen.Frequency(
        (5, Number()),
        (4, Gen.Elements(Signs)),
        (4, Gen.Elements(Units)),
        (3, Gen.Elements(Words)),
        (2, Gen.Elements(Numerals)),
        (2, Gen.Elements(Latex)),
        (2, Gen.Elements(Odd)),
        (1, Gen.Elements("2024年", "2023年", "12月底", "年")));

    /// <summary>Pieces joined: ≥180人, 90%以上, 大于等于两场, &lt;math&gt;\geq 2\%&lt;/math&gt;, 2024年规模大于2023年的…</summary>
    public static Gen<string> ValueLike() =>
        Gen.Choose(1, 7).SelectMany(n => Gen.ArrayOf(Piece(), n)).Select(parts => string.Concat(parts));

    /// <summary>Any UTF-16 text, lone surrogates and control characters included.</summary>
    public static Gen<string> AnyChars() =>
        Gen.ArrayOf(Gen.Frequency(
                (3, Gen.Choose(0, 0xFFFF).Select(c => (char)c)),
                (3, Gen.Choose(0x4E00, 0x9FFF).Select(c => (char)c)),
                (2, Gen.Choose(0x20, 0x7E).Select(c => (char)c)),
                (1, Gen.Choose(0xD800, 0xDFFF).Select(c => (char)c))))
            .Select(chars => new string(chars));

    public static Arbitrary<string> ValueLikeArb() => Arb.From(ValueLike());

    public static Arbitrary<string> AnyCharsArb() => Arb.From(AnyChars());
}
