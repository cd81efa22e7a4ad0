using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Framework;
using Jixiao.Core.Layouts;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>
/// Generated target sheets as a careful reading would give them: organisations, projects, budgets, goals and
/// indicators under the 88号 or 101号 categories with values of the shapes the seeds use.
/// </summary>
public static class GeneratedSheets
{
    private static readonly string[] Departments = ["湟源县就业服务局", "乐亭县人力资源和社会保障局", "吴川市人力资源和社会保障局", "门源县就业局", "六枝特区人力资源和社会保障局"];

    private static readonly string[] Projects = ["再就业工作经费", "公益性岗位补贴县级配套", "劳动保障监察", "社保扩面征收工作经费", "职业技能提升行动", "创业担保贷款贴息"];

    private static readonly string[] Names =
    [
        "享受公益性岗位补贴人数", "补贴发放准确率", "资金在规定时间内支付到位率", "新增就业岗位", "培训完成率", "群众再就业政策知晓率",
        "就业保障机制健全性", "服务对象满意度", "项目成本控制", "因就业问题发生重大群体性事件数量", "政策宣传次数", "受益群众满意率",
    ];

    private static readonly string[] Values =
    [
        "≥180人", "≥95%", "100%", "≤2.4万元", "健全", "≥1326人", "=0起", "≤12月份", "较满意", "≥8次", "90%以上", "不高于1%", "年底完成", "≥31000人次",
    ];

    private static readonly string[] Texts =
    [
        "通过落实社会保险补贴、公益性岗位补贴等政策，促进高校毕业生多渠道就业创业。",
        "开展就业援助月、春风行动等专项活动，扎实做好专场招聘会。",
        "按时足额发放各项补贴，确保资金安全。",
        "提升劳动者技能水平，稳定和扩大就业。",
    ];

    public static Arbitrary<(TargetSheet Sheet, FormFamily Family)> Arbitrary() => Sheet().ToArbitrary();

    private static Gen<(TargetSheet, FormFamily)> Sheet() =>
        from kind in Gen.Elements(SheetKind.Project, SheetKind.Department)
        from family in Gen.Elements(FormFamily.Standard, FormFamily.Approval, FormFamily.ProjectPlan, FormFamily.Declaration, FormFamily.UnitAndProject)
        from year in Gen.Choose(2020, 2026)
        from department in Gen.Elements(Departments)
        from project in Gen.Elements(Projects)
        from cents in Gen.Choose(100, 99_999_999)
        from yuan in Gen.Elements(MoneyUnit.Wan, MoneyUnit.Yuan)
        from goals in Gen.Choose(0, 3)
        from goalText in Gen.Elements(Texts)
        from v101 in Gen.Elements(false, true)
        from indicators in Gen.ListOf(Indicator(v101)).Select(l => l.Take(12).ToList())
        from described in Gen.Elements(false, true)
        select (new TargetSheet
        {
            Kind = kind,
            FiscalYear = year,
            Framework = v101 && indicators.Any(i => i.Level1 == IndicatorFramework.Cost) ? FrameworkVersion.V101 : FrameworkVersion.V88,
            Department = department,
            ProjectName = kind == SheetKind.Project ? project : null,
            Budget = new Budget { Total = new Money(cents / 100m, yuan) },
            Goals = [.. Enumerable.Range(1, goals).Select(g => new Goal(GoalTerm.Annual, $"目标{g}：{goalText}", SourcePosition.Line(1)))],
            Indicators = [.. indicators.Select(i => described ? i with { Description = "按" + i.Name + "计算" } : i)],
            Position = SourcePosition.Line(1),
        }, family);

    private static Gen<Indicator> Indicator(bool v101) =>
        from category in Gen.Elements(IndicatorFramework.Categories(v101 ? FrameworkVersion.V101 : FrameworkVersion.V88).Where(c => c.Level == CategoryLevel.Level2).ToArray())
        from name in Gen.Elements(Names)
        from raw in Gen.Elements(Values)
        from weight in Gen.Elements<decimal?>(null, 5m, 10m, 2.5m)
        select new Indicator
        {
            Level1 = category.Parent!,
            Level2 = category.Name,
            Name = name,
            Value = IndicatorBuilder.WithUnitFromName(TargetValueParser.Parse(raw), name),
            Weight = weight,
            Position = SourcePosition.Line(1),
        };

    public static string Describe((TargetSheet Sheet, FormFamily Family) generated) =>
        string.Create(CultureInfo.InvariantCulture, $"{generated.Family}: ") + string.Join("\n", SheetContent.Of(generated.Sheet));
}
