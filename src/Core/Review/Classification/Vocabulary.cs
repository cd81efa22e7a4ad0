using static Jixiao.Core.Review.Classification.Confidence;
using static Jixiao.Core.Review.Classification.NameClass;
using static Jixiao.Core.Review.Classification.UnitCondition;

namespace Jixiao.Core.Review.Classification;

/// <summary>When a vocabulary word counts: always, or only with a kind of unit.</summary>
public enum UnitCondition
{
    Any,

    /// <summary>The value is in 元, 万元, 亿元 (or per-person money such as 元/人), or the name says （万元）.</summary>
    Money,

    /// <summary>The value is not a money amount.</summary>
    NotMoney,

    /// <summary>The value counts things: neither money nor a percentage (人员数量 ≥95% is a rate, not a count).</summary>
    Count,
}

/// <summary>One word of the vocabulary: what it says, how strongly, and the rank it takes over other words.</summary>
public sealed record VocabularyEntry(string Word, NameClass Class, int Rank, Confidence Confidence, UnitCondition Unit = UnitCondition.Any);

/// <summary>
/// The classifier's whole vocabulary, in one place (docs/rules.md, 分类词表). A name is classified by
/// the highest-ranked word it contains whose unit condition holds. Ranks encode the reviewer's
/// reading: 满意度 beats everything (满意度 is its own category), 预算执行率 is recognised before the
/// money words, a rate word (及时率, 合格率, 增长率) beats the nouns around it (资金拨付及时率 is 时效,
/// not 成本; 再就业人数增长率 is 效益, not 数量), and the generic hints (提升, 改善, a count unit) only
/// decide when nothing specific does. Words of class <see cref="NameClass.Unknown"/> are stop phrases:
/// when one wins, the name is left unknown (本年度支出不超过预算收入 is not 经济效益 收入).
/// </summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<VocabularyEntry> Entries =
    [
        // 满意度: its own level-1 category.
        .. Words(Satisfaction, 100, Strong, Any, "满意度", "满意率"),
        .. Words(Satisfaction, 95, Strong, Any, "满意"),

        // 预算执行率: scored on its own, not an output or benefit.
        .. Words(BudgetExecution, 98, Strong, Any, "预算执行", "资金执行率", "资金支出率", "预算支出率", "支出进度"),

        // 时效: a rate or phrase about time. 及时 (adverb) is as clear as 及时率: 补贴是否及时发放.
        .. Words(Timeliness, 90, Strong, Any, "及时率", "及时性"),
        .. Words(Timeliness, 88, Strong, Any, "及时", "按时", "按期", "准时", "完成时间", "完成时限", "规定时间", "规定时限"),
        .. Words(Timeliness, 86, Strong, Any, "时限", "时效", "时间节点", "完成期限", "时间内", "月底前", "月份完成", "年底前"),
        .. Words(Timeliness, 60, Weak, Any, "进度", "时间"),

        // 质量: rates of correctness.
        .. Words(Quality, 85, Strong, Any, "合格率", "准确率", "达标率", "合规率", "合规性", "正确率", "优良率", "通过率", "完好率", "差错率", "规范率", "成功率"),
        .. Words(Quality, 70, Weak, Any, "合格", "达标", "质量", "到位率", "结案率", "回收率", "专款专用"),
        .. Words(Quality, 65, Weak, Any, "规范", "准确", "合规"),

        // 成本: money words count only with a money unit (资金使用合规率 is 质量).
        .. Words(Cost, 84, Strong, Money, "成本", "费用", "经费"),
        .. Words(Cost, 82, Strong, Money, "资金", "金额", "单价"),
        .. Words(Cost, 80, Strong, Money, "标准", "贴息"),
        .. Words(Cost, 78, Strong, Money, "补助", "补贴", "支出", "开支", "投入", "薪酬", "奖金"),
        .. Words(Cost, 81, Weak, Any, "人均标准", "预算控制"),

        // 经济效益: money that is earned or saved, not spent.
        .. Words(Economic, 85, Strong, Any, "节约"),
        .. Words(Economic, 83, Strong, Any, "增收", "收入", "产值", "税收", "利润", "经济效益"),
        .. Words(Unknown, 84, Strong, Any, "预算收入"),

        // 生态效益.
        .. Words(Ecological, 87, Strong, Any, "空气质量", "水质", "森林覆盖"),
        .. Words(Ecological, 76, Strong, Any, "生态", "绿化", "污染", "排放", "减排", "节能"),
        .. Words(Ecological, 74, Weak, Any, "环境"),

        // 可持续影响.
        .. Words(Sustainable, 75, Strong, Any, "长效", "可持续"),
        .. Words(Sustainable, 60, Weak, Any, "机制"),
        .. Words(Sustainable, 55, Weak, Any, "持续"),

        // 社会效益. 受益人数 and 群体性事件数量 count people and events, but as outcomes.
        .. Words(Social, 84, Strong, Any, "就业率", "知晓率", "社会效益"),
        .. Words(Social, 80, Weak, Any, "受益", "群体性事件"),
        .. Words(Social, 72, Weak, Any, "参与率", "安全感"),
        .. Words(Social, 50, Weak, Any, "群众", "社会"),
        .. Words(Unknown, 51, Weak, Any, "社会保险"),

        // 效益 of an unnamed kind.
        .. Words(Benefit, 80, Strong, Any, "增长率", "提升率", "提高率", "下降率"),
        .. Words(Benefit, 80, Weak, Any, "营商环境"),
        .. Words(Benefit, 45, Weak, Any, "提升", "提高", "改善", "促进", "效益"),

        // 数量: what is counted, when the value is a count (not money, not a percentage).
        .. Words(Quantity, 79, Strong, Count, "人数", "次数", "户数", "个数", "数量", "场次", "人次", "场数", "笔数", "件数"),
        .. Words(Quantity, 79, Weak, Money, "贷款发放"),
        .. Words(Quantity, 70, Weak, Count, "面积", "里程", "任务量"),
    ];

    /// <summary>The money units: a value in one of these is an amount of money (NameClassifier.IsMoney tests them as characters: keep both in step).</summary>
    public static readonly IReadOnlyList<string> MoneyUnits = ["万元", "亿元", "千元", "元"];

    /// <summary>How a name declares a money unit for its value: 考试成本（万元）.</summary>
    public static readonly IReadOnlyList<string> MoneyInName = ["(万元)", "（万元）", "(元)", "（元）"];

    /// <summary>Units that count things: a bare count with one of them and no other word says 数量 (weakly).</summary>
    public const string CountUnits = "人次户个场家项件份名批期所篇条套台辆座间张处种单起笔";

    private static VocabularyEntry[] Words(NameClass @class, int rank, Confidence confidence, UnitCondition unit, params string[] words) =>
        [.. words.Select(w => new VocabularyEntry(w, @class, rank, confidence, unit))];
}
