namespace Jixiao.Core.Values;

/// <summary>
/// 计量单位 as forms write them after a number. Longest first, so 万元 wins over 万 and 人次 over 人;
/// compound units are built from these with / and 、 (元/人/月, 件、次).
/// </summary>
public static class Units
{
    public static readonly IReadOnlyList<string> Known =
    [
        "个百分点", "平方公里", "平方米", "立方米", "万人次", "人(次)", "人（次）", "工作日", "个工作日",
        "万元", "亿元", "千元", "万人", "万户", "万份", "万件", "万次",
        "人次", "户次", "次数", "个月", "月份", "小时", "分钟", "课时", "学时", "周岁", "公里", "千米",
        "单位", "家次", "场次", "批次", "元", "人", "次", "个", "月", "年", "天", "日", "周", "家", "种", "份", "件",
        "项", "场", "期", "批", "所", "户", "名", "篇", "条", "单", "起", "处", "倍", "套", "台", "辆", "亩", "吨",
        "笔", "班", "轮", "岗", "本", "册", "部", "座", "间", "张", "株", "棵", "头", "只", "分", "秒", "km", "万", "亿", "%", "‰",
    ];

    /// <summary>Measure words a Chinese numeral may stand before (两场, 三次).</summary>
    public const string MeasureWords = "场次人个家项件份名批期所户篇轮天月年周倍种条单起处套台辆笔班岗本册部座间张";

    /// <summary>The known unit at the start of the text, or null.</summary>
    public static string? KnownPrefix(ReadOnlySpan<char> text)
    {
        foreach (var unit in Known)
        {
            if (text.StartsWith(unit, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        return null;
    }
}
