using Jixiao.Core.Targets;

namespace Jixiao.Data.Tests;

public sealed class SqliteEveryFieldTests() : EveryFieldTests(DatabaseProvider.Sqlite);

public sealed class PostgresEveryFieldTests() : EveryFieldTests(DatabaseProvider.Postgres);

/// <summary>Fields and corners the seeds may not reach: every one set, or set to its edge.</summary>
public abstract class EveryFieldTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_EveryFieldSet_LoadsBackEqual()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var document = Document();
        await using (var db = database.NewContext())
        {
            var saved = await DocumentStore.SaveAsync(db, new DocumentUpload("全字段.xlsx", [1, 2, 3]) { RegionCode = "130225", RegionName = "乐亭县" }, document, Ct);
            Assert.True(saved.IsOk, saved.Error?.ToString());
        }

        await using (var db = database.NewContext())
        {
            SheetAssert.Equal(document, (await DocumentStore.LoadAsync(db, 1, Ct)).Value!);
        }
    }

    /// <summary>A document whose sheets set every field (also the snapshot format's sample).</summary>
    internal static ImportedDocument Document()
    {
        var at = new SourcePosition("Sheet!1#", 3, 28, 2);
        var full = new TargetSheet
        {
            Kind = SheetKind.Project,
            Title = "",
            FiscalYear = 2025,
            Framework = FrameworkVersion.V101,
            Department = "乐亭县人力资源和社会保障局",
            SupervisingDepartment = "乐亭县人民政府",
            Unit = "乐亭县就业服务中心",
            UnitCode = "356003",
            ProjectName = "公益性岗位补贴",
            ProjectCode = "13022524P0008F010032K",
            ProjectType = "部门职能类",
            ProjectLevel = "二级项目",
            ProjectAttribute = "延续",
            Leader = "张三",
            LeaderPhone = "0315-1234567",
            Period = new ImplementationPeriod("2025年1月-2027年12月", 2025, null),
            StaffCount = 0,
            Budget = new Budget
            {
                Total = new Money(1234567.891234m, MoneyUnit.Yuan),
                CurrentYear = Money.Wan(0.000001m),
                Fiscal = Money.Wan(100m),
                Other = Money.Wan(0m),
                BasicSpending = new Money(-1.5m, MoneyUnit.Wan),
                ProjectSpending = new Money(79228162514264.337593543950m, MoneyUnit.Yuan),
                OtherLines = [new BudgetLine("财政专项资金", Money.Wan(12.34m)), new BudgetLine("其他", new Money(5m, MoneyUnit.Yuan))],
                FundNature = "一般公共预算",
            },
            Purpose = "用于\n公益性岗位\t补贴 \"引号\" 'x' % _ \\",
            SpendingPlan = [new SpendingPlanPoint("3月底", 25m, SourcePosition.Line(4, 2)), new SpendingPlanPoint("12月底", 100m, SourcePosition.Line(4, 5))],
            Goals = [new Goal(GoalTerm.ImplementationPeriod, "中长期目标", at), new Goal(GoalTerm.Annual, "", SourcePosition.Line(1))],
            Functions = [new Function("职能1", "负责就业", SourcePosition.Line(2))],
            KeyTasks = [new KeyTask("任务", "内容", null, null, at), new KeyTask("任务2", "内容2", new Money(3m, MoneyUnit.Yuan), "完成", at)],
            Measures = [new Measure("组织机构", "成立领导小组", at)],
            Plans = [new PlanItem("一季度启动", at)],
            Indicators =
            [
                new Indicator
                {
                    Level1 = "产出指标", Level2 = "数量指标", Name = "补贴人数", Value = new TargetValue("≥180人", Sign.GreaterOrEqual, 180m, "人", false, ValueFlags.None),
                    PeriodValue = TargetValue.Missing, Description = "说明", Formula = "公式", Basis = "计划标准", LastYearValue = "170人", Weight = 12.5m,
                    Function = "职能3", Position = at, ValuePosition = new SourcePosition("表2", 7, 4),
                },
                new Indicator
                {
                    Level1 = "满意度指标", Name = "满意度", Value = new TargetValue("较满意", Sign.None, null, null, true, ValueFlags.Unclear | ValueFlags.Placeholder),
                    PeriodValue = new TargetValue(null, Sign.Approximately, 0.6m, "%", false, ValueFlags.ProbablyRatio | ValueFlags.SeveralQuantities | ValueFlags.TimeTarget),
                    Position = SourcePosition.Line(9),
                },
            ],
            Unplaced = [new UnplacedRow(SourcePosition.Line(20, 1), "无法识别的行", "无类别")],
            Assumptions = [new Assumption(SourcePosition.Line(3), "金额单位按“万元”推断：表中未写单位")],
            Sources = new Dictionary<string, SourcePosition> { ["ProjectName"] = at, ["Leader"] = SourcePosition.Line(3, 2) },
            Position = SourcePosition.Line(1),
        };
        var bare = new TargetSheet { Kind = SheetKind.Department, Position = default, Budget = new Budget() };
        return new ImportedDocument("全字段.xlsx", [full, bare], [new UnplacedRow(SourcePosition.Line(99), "文末说明", "表外")])
        {
            Totals = [new DeclaredTotal("合计", Money.Wan(906.40m), new SourcePosition("Sheet1", 12, 3))],
        };
    }
}
