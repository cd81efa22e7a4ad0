using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>
/// Two sheets of every seed, field by field, as a person reads the original form (the fields the
/// gold files do not cover: units, codes, budget splits, spending plans, goals, measures, leaders).
/// </summary>
public class SeedSheetTests
{
    [Fact]
    public void Read_000ApprovalForm_HasFunctionsGoalsAndGroupedIndicators()
    {
        var sheet = Seeds.Read(Seeds.Approval000).Sheets[0];

        Assert.Equal(SheetKind.Department, sheet.Kind);
        Assert.Equal("湟源县就业服务局", sheet.Department);
        Assert.Equal("湟源县人力资源和社会保障局", sheet.SupervisingDepartment);
        Assert.Equal(2024, sheet.FiscalYear);
        Assert.Null(sheet.Budget);
        Assert.Equal(["职能1", "职能2", "职能3", "职能4", "职能5", "职能6", "职能7", "职能8"], sheet.Functions.Select(f => f.Name));
        Assert.Equal("负责全县公益性岗位管理工作。", sheet.Functions[2].Text);
        Assert.Equal(3, sheet.Goals.Count);
        Assert.All(sheet.Goals, g => Assert.Equal(GoalTerm.Annual, g.Term));
        Assert.StartsWith("目标2: 大力开展就业援助月", sheet.Goals[1].Text);
        Assert.Equal(["职能3: 公益性岗位", "职能4: 就业见习", "职能5: 灵活就业", "职能6: 创业培训", "职能7: 普惠金融", "职能8：就业补助"],
            sheet.Indicators.Select(i => i.Function).Distinct());
        Assert.Equal(8, sheet.Indicators.Count(i => i.Function == "职能3: 公益性岗位"));
        Assert.Equal(7, sheet.Indicators.Count(i => i.Function == "职能8：就业补助"));

        var rate = sheet.Indicators.Single(i => i.Name == "就业技能培训就业率");
        Assert.Equal(("效益指标", "经济效益指标"), (rate.Level1, rate.Level2));
        Assert.Equal(("≥20人", Sign.GreaterOrEqual, 20m, "人"), (rate.Value.Raw, rate.Value.Sign, rate.Value.Number, rate.Value.Unit));
        Assert.Equal("L38:C5", rate.Position.ToString());
    }

    [Fact]
    public void Read_000ApprovalForm_SignColumnJoinsValueAndZeroStaysAsWritten()
    {
        var indicators = Seeds.Read(Seeds.Approval000).Sheets[0].Indicators;

        var first = indicators[0];
        Assert.Equal(("产出指标", "数量指标", "享受公益性岗位社会保险补贴人数"), (first.Level1, first.Level2, first.Name));
        Assert.Equal("≥180人", first.Value.Raw);
        Assert.Equal("L12:C6", first.ValuePosition.ToString());

        var incidents = indicators.Where(i => i.Name == "因就业问题发生重大群体性事件数量").ToList();
        Assert.Equal(["0", "0%", "0%"], incidents.Select(i => i.Value.Raw));
        Assert.All(incidents, i => Assert.Equal(Sign.None, i.Value.Sign));
    }

    [Fact]
    public void Read_001PublicList_ProjectRowsCarryUnitAmountGoalsAndOutline()
    {
        var document = Seeds.Read(Seeds.PublicList001);
        var first = document.Sheets[0];

        Assert.Equal(10, document.Sheets.Count);
        Assert.Equal("再就业工作经费", first.ProjectName);
        Assert.Equal("1", first.ProjectCode);
        Assert.Equal("426001", first.UnitCode);
        Assert.Equal("门源县就业局", first.Department);
        Assert.Equal("门源县就业局(本级)", first.Unit);
        Assert.Equal(new Money(4.25m, MoneyUnit.Wan), first.Budget!.Total);
        Assert.Equal(2, first.Goals.Count);
        Assert.StartsWith("目标1: 通过积极落实就业政策", first.Goals[0].Text);
        Assert.Equal("L9:C5#3", first.Indicators[0].Position.ToString());

        var tenth = document.Sheets[9];
        Assert.Equal("编制外长期聘用人员支出", tenth.ProjectName);
        Assert.Equal(26.94m, tenth.Budget!.TotalWan);
        var cost = tenth.Indicators.Single(i => i.Level2 == "成本指标");
        Assert.Equal(("编外人员全年工资补贴成本", Sign.LessOrEqual, 26.97m, "万元"), (cost.Name, cost.Value.Sign, cost.Value.Number, cost.Value.Unit));
        Assert.Equal("优", tenth.Indicators.Single(i => i.Name == "提高编外人员收入").Value.Text);
    }

    [Fact]
    public void Read_001PublicList_KeepsDeclaredTotalsForReview()
    {
        var totals = Seeds.Read(Seeds.PublicList001).Totals;

        Assert.Equal(["合计", "426 门源县就业局", "426001 门源县就业局(本级)"], totals.Select(t => t.Label));
        Assert.All(totals, t => Assert.Equal(906.40m, t.Amount.ToWan()));
    }

    [Fact]
    public void Read_002ProjectTable_HasCodeBudgetSplitSpendingPlanAndColumns()
    {
        var sheet = Seeds.Read(Seeds.ProjectTables002).Sheets[0];

        Assert.Equal("考核奖励经费绩效目标表", sheet.Title);
        Assert.Equal("356001", sheet.UnitCode);
        Assert.Equal("13022524P0008F010032K", sheet.ProjectCode);
        Assert.Equal(new Money(227.00m, MoneyUnit.Wan), sheet.Budget!.Total);
        Assert.Equal(new Money(227.00m, MoneyUnit.Wan), sheet.Budget.Fiscal);
        Assert.Null(sheet.Budget.Other);
        Assert.Equal("开展事业单位考核奖励工作，确保各单位开合奖励资金按时发放。", sheet.Purpose);
        Assert.Equal([("3月底", 25m), ("6月底", 50m), ("10月底", 75m), ("12月底", 100m)], sheet.SpendingPlan.Select(p => (p.Label, p.Percent)));
        Assert.Equal("1.开展事业单位考核奖励工作，确保各单位开合奖励资金按时发放。", Assert.Single(sheet.Goals).Text);

        var first = sheet.Indicators[0];
        Assert.Equal(("考核奖励人数", "符合考核奖励要求的人数", "≥1700人", "2024年预算指标安排"), (first.Name, first.Description, first.Value.Raw, first.Basis));
    }

    /// <summary>
    /// An empty money cell (其他资金 blank, 项目类型 其他事业发展性支出 with no amount) does not take
    /// the number of a later cell (目标1：…, 3月底): review would report splits that do not add up.
    /// </summary>
    [Fact]
    public void Read_EmptyMoneyCells_DoNotTakeNumbersFromLaterText()
    {
        var tables002 = Seeds.Read(Seeds.ProjectTables002).Sheets;
        var projects004 = Seeds.Read(Seeds.UnitAndProjects004).Sheets.Where(s => s.Kind == SheetKind.Project);

        Assert.All(tables002, s => Assert.Null(s.Budget!.Other));
        Assert.All(projects004, s => Assert.Empty(s.Budget!.OtherLines));
    }

    [Fact]
    public void Read_002LastTable_TextCutOffLeavesTheValueMissing()
    {
        var sheet = Seeds.Read(Seeds.ProjectTables002).Sheets[15];

        Assert.Equal("中央就业补助资金", sheet.ProjectName);
        Assert.Equal(1438m, sheet.Budget!.TotalWan);
        var only = Assert.Single(sheet.Indicators);
        Assert.Equal("符合政策规定的毕业年度高校毕业生享受求职创业补贴比例", only.Name);
        Assert.True(only.Value.Has(ValueFlags.Missing));
        Assert.Null(only.Value.Raw);
    }

    [Fact]
    public void Read_003DepartmentTable_HasBudgetSplitDetailedGoalsMeasuresAndPlans()
    {
        var sheet = Seeds.Read(Seeds.Declaration003).Sheets[0];

        Assert.Equal(new Money(823.26m, MoneyUnit.Wan), sheet.Budget!.BasicSpending);
        Assert.Equal(new Money(3072.79m, MoneyUnit.Wan), sheet.Budget.ProjectSpending);
        Assert.Equal(new Money(3896.05m, MoneyUnit.Wan), sheet.Budget.Total);
        Assert.Equal(5, sheet.Goals.Count(g => g.Term == GoalTerm.Detailed));
        Assert.Equal("开启就业培训工作的新局面", sheet.Goals.Where(g => g.Term == GoalTerm.Detailed).ElementAt(1).Text);
        Assert.Equal(["组织机构", "管理制度"], sheet.Measures.Select(m => m.Kind));
        Assert.Equal(["1月-6月 实现时间过半任务过半", "7月-12月 全面完成目标任务"], sheet.Plans.Select(p => p.Text));

        var first = sheet.Indicators[0];
        Assert.Equal("当年城镇新增就业人数(灵活就业、单位从业人员、自主创业人员)2万人", first.Description);
        Assert.True(sheet.Indicators.Single(i => i.Name == "劳动力稳定就业率").Value.Has(ValueFlags.ProbablyRatio));
    }

    [Fact]
    public void Read_003ProjectTables_ReadLeaderPhoneAttributeAndWrappedLabels()
    {
        var sheets = Seeds.Read(Seeds.Declaration003).Sheets;

        var recruitment = sheets[1];
        Assert.Equal(("张明扬", "5328068", "其它", "延续项目"), (recruitment.Leader, recruitment.LeaderPhone, recruitment.ProjectType, recruitment.ProjectAttribute));
        Assert.Equal(new Money(300m, MoneyUnit.Yuan), recruitment.Budget!.Total);
        Assert.Equal("一般公共预算安排", recruitment.Budget.FundNature);
        Assert.Equal(new ImplementationPeriod("2023年1月1日至2023年12月31日", 2023, 2023), recruitment.Period);

        var posts = sheets[2];
        Assert.Equal(("王辉", "5322213", "新增项目"), (posts.Leader, posts.LeaderPhone, posts.ProjectAttribute));
        Assert.Equal("一般公共预算安排", posts.Budget!.FundNature);
        Assert.Equal("约安置公益性岗位700人", Assert.Single(posts.Plans).Text);

        var aid = sheets[3];
        Assert.Equal(("2023年技工院校县级配套学生资助资金", "罗敏"), (aid.ProjectName, aid.Leader));
        Assert.Equal(new ImplementationPeriod("2023-01-01至2023-12-31", 2023, 2023), aid.Period);
        Assert.Equal("实际人数100%", aid.Indicators[0].LastYearValue);
        Assert.Equal(3, aid.Goals.Count(g => g.Term == GoalTerm.Detailed));
    }

    [Fact]
    public void Read_004UnitTable_HasStaffBudgetLinesAndKeyTasks()
    {
        var sheet = Seeds.Read(Seeds.UnitAndProjects004).Sheets[0];

        Assert.Equal(75, sheet.StaffCount);
        Assert.Equal(674.09m, sheet.Budget!.BasicSpending!.Value.Amount);
        Assert.Equal(416.32m, sheet.Budget.ProjectSpending!.Value.Amount);
        Assert.Equal(1442.41m, sheet.Budget.Fiscal!.Value.Amount);
        Assert.Equal(0m, sheet.Budget.Other!.Value.Amount);
        Assert.Equal([("财政专项资金", 0m), ("其他事业发展性支出", 352m)], sheet.Budget.OtherLines.Select(l => (l.Label, l.Amount.Amount)));
        Assert.Equal(["任务1", "任务2", "任务3"], sheet.KeyTasks.Select(t => t.Name));
        Assert.Equal(("三支一扶高校毕业生工作生活补贴", 72m), (sheet.KeyTasks[1].Content, sheet.KeyTasks[1].Funds!.Value.Amount));
        Assert.Equal("受益群众满意率（%）", sheet.Indicators[^1].Name);
    }

    [Fact]
    public void Read_004ProjectTable_HasTypeLevelPeriodYuanBudgetAndBothValues()
    {
        var sheet = Seeds.Read(Seeds.UnitAndProjects004).Sheets[1];

        Assert.Equal(("部门职能类", "二级项目"), (sheet.ProjectType, sheet.ProjectLevel));
        Assert.Equal(("吴川市人力资源和社会保障局", "吴川市人力资源和社会保障局"), (sheet.SupervisingDepartment, sheet.Unit));
        Assert.Equal((2024, 2024), (sheet.Period!.StartYear, sheet.Period.EndYear));
        Assert.Equal(new Money(77000.00m, MoneyUnit.Yuan), sheet.Budget!.Total);
        Assert.Equal(new Money(77000.00m, MoneyUnit.Yuan), sheet.Budget.CurrentYear);
        Assert.Equal(7.7m, sheet.Budget.TotalWan);
        Assert.Equal([GoalTerm.ImplementationPeriod, GoalTerm.Annual], sheet.Goals.Select(g => g.Term));
        Assert.StartsWith("根据《关于印发〈湛江市完善企业职工基本养老保险", sheet.Purpose);

        var last = sheet.Indicators[^1];
        Assert.Equal(("满意度指标", "服务对象满意度指标", "社会公众对宣传满意度"), (last.Level1, last.Level2, last.Name));
        Assert.Equal("较满意", last.Value.Text);
        Assert.Equal("较满意", last.PeriodValue!.Text);
    }
}
