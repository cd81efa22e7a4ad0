using System.Globalization;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>What text a column of an indicator table can hold, for rows whose empty cells vanished.</summary>
internal static class ColumnFit
{
    /// <summary>Words a 指标性质 / 指标方向 / 指标值类型 column holds besides signs.</summary>
    private static readonly HashSet<string> NatureWords = new(StringComparer.Ordinal)
    {
        "定性", "定量", "正向", "反向", "中性", "是/否", "是否", "正向指标", "反向指标", "定量指标", "定性指标",
    };

    public static bool IsNatureWord(string text) => NatureWords.Contains(text.Trim());

    public static bool Accepts(ColumnRole role, string text)
    {
        var t = text.Trim();
        return role switch
        {
            ColumnRole.Sign => TargetValueParser.IsSignOnly(t) || NatureWords.Contains(t),
            ColumnRole.Unit => IsUnit(t),
            ColumnRole.Weight => decimal.TryParse(t.TrimEnd('%', '分'), NumberStyles.Number, CultureInfo.InvariantCulture, out _),
            ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Name => false,
            _ => t.Length > 0,
        };
    }

    /// <summary>A unit on its own: %, 人, 万元, 人/天, 百分比 — short, no digits, not a sign.</summary>
    public static bool IsUnit(string text) =>
        text.Length is > 0 and <= 6 && !text.Any(char.IsAsciiDigit) && !TargetValueParser.IsSignOnly(text) && !NatureWords.Contains(text)
        && (text is "%" or "‰" or "百分比" || text.Contains('/', StringComparison.Ordinal) || Units.KnownPrefix(text) is not null);
}
