namespace Jixiao.Core.Review.Classification;

/// <summary>When a vocabulary word counts: always, or only with a kind of unit.</summary>
public enum UnitCondition
{
    Any,

    /// <summary>The value is in 元, 万元, 亿元 (or per-person money such as 元/人).</summary>
    Money,

    /// <summary>The value is not a money amount.</summary>
    NotMoney,
}

/// <summary>One word of the vocabulary: what it says, how strongly, and the rank it takes over other words.</summary>
public sealed record VocabularyEntry(string Word, NameClass Class, int Rank, Confidence Confidence, UnitCondition Unit = UnitCondition.Any);

/// <summary>
/// The classifier's whole vocabulary, in one place. A name is classified by the highest-ranked word
/// it contains whose unit condition holds. Ranks encode the reviewer's reading: 满意度 beats
/// everything (满意度 is its own category), 预算执行率 is recognised before the money words, a rate
/// word (及时率, 合格率) beats the nouns around it (资金拨付及时率 is 时效, not 成本), and the generic
/// hints (a count unit, 提升, 改善) only decide when nothing specific does.
/// </summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<VocabularyEntry> Entries =
    [
        // 满意度: its own level-1 category.
        new("满意度", NameClass.Satisfaction, 100, Confidence.Strong),
        new("满意率", NameClass.Satisfaction, 100, Confidence.Strong),
        new("满意", NameClass.Satisfaction, 95, Confidence.Strong),

        // 预算执行率: scored on its own, not an output or benefit.
        new("预算执行", NameClass.BudgetExecution, 98, Confidence.Strong),
        new("资金执行率", NameClass.BudgetExecution, 98, Confidence.Strong),
        new("资金支出率", NameClass.BudgetExecution, 98, Confidence.Strong),
        new("预算支出率", NameClass.BudgetExecution, 98, Confidence.Strong),

        // 时效.
        new("及时率", NameClass.Timeliness, 90, Confidence.Strong),
        new("及时性", NameClass.Timeliness, 90, Confidence.Strong),
        new("及时", NameClass.Timeliness, 88, Confidence.Strong),
        new("按时", NameClass.Timeliness, 88, Confidence.Strong),
        new("按期", NameClass.Timeliness, 88, Confidence.Strong),
        new("准时", NameClass.Timeliness, 88, Confidence.Strong),
        new("完成时间", NameClass.Timeliness, 88, Confidence.Strong),
        new("完成时限", NameClass.Timeliness, 88, Confidence.Strong),
        new("时限", NameClass.Timeliness, 86, Confidence.Strong),
        new("时间节点", NameClass.Timeliness, 86, Confidence.Strong),
        new("完成期限", NameClass.Timeliness, 86, Confidence.Strong),
        new("进度", NameClass.Timeliness, 60, Confidence.Weak),

        // 质量: rates of correctness.
        new("合格率", NameClass.Quality, 85, Confidence.Strong),
        new("准确率", NameClass.Quality, 85, Confidence.Strong),
        new("达标率", NameClass.Quality, 85, Confidence.Strong),
        new("合规率", NameClass.Quality, 85, Confidence.Strong),
        new("正确率", NameClass.Quality, 85, Confidence.Strong),
        new("优良率", NameClass.Quality, 85, Confidence.Strong),
        new("通过率", NameClass.Quality, 85, Confidence.Strong),
        new("完好率", NameClass.Quality, 85, Confidence.Strong),
        new("差错率", NameClass.Quality, 85, Confidence.Strong),
        new("规范率", NameClass.Quality, 85, Confidence.Strong),
        new("合格", NameClass.Quality, 70, Confidence.Weak),
        new("达标", NameClass.Quality, 70, Confidence.Weak),
        new("质量", NameClass.Quality, 70, Confidence.Weak),
        new("规范", NameClass.Quality, 65, Confidence.Weak),
        new("准确", NameClass.Quality, 65, Confidence.Weak),

        // 成本: money words count only with a money unit (资金使用合规率 is 质量).
        new("成本", NameClass.Cost, 84, Confidence.Strong, UnitCondition.Money),
        new("费用", NameClass.Cost, 84, Confidence.Strong, UnitCondition.Money),
        new("经费", NameClass.Cost, 84, Confidence.Strong, UnitCondition.Money),
        new("资金", NameClass.Cost, 82, Confidence.Strong, UnitCondition.Money),
        new("金额", NameClass.Cost, 82, Confidence.Strong, UnitCondition.Money),
        new("单价", NameClass.Cost, 82, Confidence.Strong, UnitCondition.Money),
        new("标准", NameClass.Cost, 80, Confidence.Strong, UnitCondition.Money),
        new("补助", NameClass.Cost, 78, Confidence.Strong, UnitCondition.Money),
        new("补贴", NameClass.Cost, 78, Confidence.Strong, UnitCondition.Money),
        new("支出", NameClass.Cost, 78, Confidence.Strong, UnitCondition.Money),
        new("投入", NameClass.Cost, 78, Confidence.Strong, UnitCondition.Money),

        // 经济效益: money that is earned, not spent.
        new("增收", NameClass.Economic, 83, Confidence.Strong),
        new("收入", NameClass.Economic, 83, Confidence.Strong),
        new("产值", NameClass.Economic, 83, Confidence.Strong),
        new("税收", NameClass.Economic, 83, Confidence.Strong),
        new("利润", NameClass.Economic, 83, Confidence.Strong),
        new("经济效益", NameClass.Economic, 83, Confidence.Strong),

        // 生态效益.
        new("生态", NameClass.Ecological, 76, Confidence.Strong),
        new("环境", NameClass.Ecological, 74, Confidence.Weak),
        new("绿化", NameClass.Ecological, 76, Confidence.Strong),
        new("空气质量", NameClass.Ecological, 87, Confidence.Strong),
        new("水质", NameClass.Ecological, 87, Confidence.Strong),
        new("污染", NameClass.Ecological, 76, Confidence.Strong),
        new("排放", NameClass.Ecological, 76, Confidence.Strong),
        new("减排", NameClass.Ecological, 76, Confidence.Strong),
        new("节能", NameClass.Ecological, 76, Confidence.Strong),
        new("森林覆盖", NameClass.Ecological, 87, Confidence.Strong),

        // 可持续影响.
        new("长效", NameClass.Sustainable, 75, Confidence.Strong),
        new("可持续", NameClass.Sustainable, 75, Confidence.Strong),
        new("持续", NameClass.Sustainable, 55, Confidence.Weak),

        // 社会效益.
        new("就业率", NameClass.Social, 84, Confidence.Strong),
        new("知晓率", NameClass.Social, 84, Confidence.Strong),
        new("参与率", NameClass.Social, 72, Confidence.Weak),
        new("社会效益", NameClass.Social, 84, Confidence.Strong),
        new("群众", NameClass.Social, 50, Confidence.Weak),
        new("社会", NameClass.Social, 50, Confidence.Weak),
        new("安全感", NameClass.Social, 72, Confidence.Weak),

        // 效益 of an unnamed kind.
        new("增长率", NameClass.Benefit, 73, Confidence.Strong),
        new("提升率", NameClass.Benefit, 73, Confidence.Strong),
        new("提高率", NameClass.Benefit, 73, Confidence.Strong),
        new("下降率", NameClass.Benefit, 73, Confidence.Strong),
        new("提升", NameClass.Benefit, 45, Confidence.Weak),
        new("提高", NameClass.Benefit, 45, Confidence.Weak),
        new("改善", NameClass.Benefit, 45, Confidence.Weak),
        new("促进", NameClass.Benefit, 45, Confidence.Weak),
        new("效益", NameClass.Benefit, 45, Confidence.Weak),

        // 数量: what is counted.
        new("人数", NameClass.Quantity, 79, Confidence.Strong, UnitCondition.NotMoney),
        new("次数", NameClass.Quantity, 79, Confidence.Strong, UnitCondition.NotMoney),
        new("户数", NameClass.Quantity, 79, Confidence.Strong, UnitCondition.NotMoney),
        new("个数", NameClass.Quantity, 79, Confidence.Strong, UnitCondition.NotMoney),
        new("数量", NameClass.Quantity, 79, Confidence.Strong, UnitCondition.NotMoney),
        new("场次", NameClass.Quantity, 79, Confidence.Strong, UnitCondition.NotMoney),
        new("人次", NameClass.Quantity, 79, Confidence.Strong, UnitCondition.NotMoney),
        new("面积", NameClass.Quantity, 70, Confidence.Weak, UnitCondition.NotMoney),
        new("里程", NameClass.Quantity, 70, Confidence.Weak, UnitCondition.NotMoney),
    ];

    /// <summary>The money units: a value in one of these is an amount of money.</summary>
    public static readonly IReadOnlyList<string> MoneyUnits = ["万元", "亿元", "千元", "元"];

    /// <summary>Units that count things: a bare count with one of them and no other word says 数量 (weakly).</summary>
    public const string CountUnits = "人次户个场家项件份名批期所篇条套台辆座间张处";
}
