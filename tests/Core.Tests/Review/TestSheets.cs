using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Review;

/// <summary>Small sheets written by hand for rule tests: the smallest passing and failing examples.</summary>
public static class TestSheets
{
    /// <summary>An indicator row: level 1, level 2, name and the value as a form writes it.</summary>
    public static Indicator Row(string level1, string? level2, string name, string? value, int line = 10) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Name = name,
        Value = value is null ? TargetValue.Missing : TargetValueParser.Parse(value),
        Position = SourcePosition.Line(line),
        ValuePosition = SourcePosition.Line(line, 4),
    };

    /// <summary>A complete, well-formed 88号 project sheet, so a test only adds the defect it is about.</summary>
    public static IReadOnlyList<Indicator> Complete88() =>
    [
        Row("产出指标", "数量指标", "培训人数", "≥200人", 10),
        Row("产出指标", "质量指标", "培训合格率", "≥95%", 11),
        Row("产出指标", "时效指标", "培训完成时间", "12月底前", 12),
        Row("产出指标", "成本指标", "人均培训成本", "≤500元/人", 13),
        Row("效益指标", "社会效益指标", "参训人员就业率", "≥60%", 14),
        Row("效益指标", "可持续影响指标", "培训长效机制", "健全", 15),
        Row("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", 16),
    ];

    public static TargetSheet Project(IReadOnlyList<Indicator>? indicators = null, decimal? budgetWan = 50m, string name = "职业技能培训项目") => new()
    {
        Kind = SheetKind.Project,
        Title = "项目支出绩效目标表",
        FiscalYear = 2024,
        Department = "某县人力资源和社会保障局",
        ProjectName = name,
        Budget = budgetWan is { } b ? new Budget { Total = Money.Wan(b) } : null,
        Goals = [new Goal(GoalTerm.Annual, "全年开展职业技能培训200人，培训合格率达到95%以上，带动参训人员就业。", SourcePosition.Line(5))],
        Indicators = indicators ?? Complete88(),
        Position = SourcePosition.Line(1),
    };

    public static TargetSheet With(this TargetSheet sheet, params Indicator[] extra) =>
        sheet with { Indicators = [.. sheet.Indicators, .. extra] };

    public static ImportedDocument Document(params TargetSheet[] sheets) => new("test.txt", sheets, []);

    /// <summary>The findings one rule makes on a sheet, run through the engine with default settings.</summary>
    public static IReadOnlyList<Finding> FindingsOf(Rule rule, TargetSheet sheet) =>
        new RuleEngine([rule], RuleSet.Default).Review(sheet);

    public static IReadOnlyList<Finding> FindingsOf(Rule rule, ImportedDocument document) =>
        [.. new RuleEngine([rule], RuleSet.Default).Review(document).AllFindings];
}
