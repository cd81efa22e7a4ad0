using Jixiao.Core.Targets;
using Jixiao.Data.Entities;

namespace Jixiao.Data.Mapping;

/// <summary>
/// <see cref="TargetSheet"/> to <see cref="SheetEntity"/> and back, losslessly: every header
/// field, every list in its order, every position. Reading back needs the lists loaded
/// (<see cref="SheetQueries.WithParts"/>).
/// </summary>
public static partial class SheetMapper
{
    /// <summary>
    /// Writes the sheet into the entity. Lists are brought in line place by place; rows no
    /// longer needed are passed to <paramref name="remove"/> (the context's Remove).
    /// </summary>
    public static void Apply(TargetSheet sheet, SheetEntity entity, Action<object> remove)
    {
        entity.Kind = sheet.Kind;
        entity.Title = sheet.Title;
        entity.FiscalYear = sheet.FiscalYear;
        entity.Framework = sheet.Framework;
        entity.Department = sheet.Department;
        entity.SupervisingDepartment = sheet.SupervisingDepartment;
        entity.Unit = sheet.Unit;
        entity.UnitCode = sheet.UnitCode;
        entity.ProjectName = sheet.ProjectName;
        entity.ProjectCode = sheet.ProjectCode;
        entity.ProjectType = sheet.ProjectType;
        entity.ProjectLevel = sheet.ProjectLevel;
        entity.ProjectAttribute = sheet.ProjectAttribute;
        entity.Leader = sheet.Leader;
        entity.LeaderPhone = sheet.LeaderPhone;
        entity.PeriodText = sheet.Period?.Text;
        entity.PeriodStartYear = sheet.Period?.StartYear;
        entity.PeriodEndYear = sheet.Period?.EndYear;
        entity.StaffCount = sheet.StaffCount;
        entity.Purpose = sheet.Purpose;
        entity.Position = Positions.Text(sheet.Position);
        entity.SearchText = SearchText(sheet);
        entity.IndicatorCount = sheet.Indicators.Count;
        ApplyBudget(sheet.Budget, entity, remove);
        ApplyParts(sheet, entity, remove);
    }

    public static TargetSheet ToSheet(SheetEntity entity) => new()
    {
        Kind = entity.Kind,
        Title = entity.Title,
        FiscalYear = entity.FiscalYear,
        Framework = entity.Framework,
        Department = entity.Department,
        SupervisingDepartment = entity.SupervisingDepartment,
        Unit = entity.Unit,
        UnitCode = entity.UnitCode,
        ProjectName = entity.ProjectName,
        ProjectCode = entity.ProjectCode,
        ProjectType = entity.ProjectType,
        ProjectLevel = entity.ProjectLevel,
        ProjectAttribute = entity.ProjectAttribute,
        Leader = entity.Leader,
        LeaderPhone = entity.LeaderPhone,
        Period = entity.PeriodText is { } text ? new ImplementationPeriod(text, entity.PeriodStartYear, entity.PeriodEndYear) : null,
        StaffCount = entity.StaffCount,
        Budget = ReadBudget(entity),
        Purpose = entity.Purpose,
        SpendingPlan = [.. entity.SpendingPlan.OrderBy(p => p.Ordinal).Select(p => new SpendingPlanPoint(p.Label, p.Percent, Positions.Read(p.Position)))],
        Goals = [.. entity.Goals.OrderBy(g => g.Ordinal).Select(g => new Goal(g.Term, g.Text, Positions.Read(g.Position)))],
        Functions = [.. entity.Functions.OrderBy(f => f.Ordinal).Select(f => new Function(f.Name, f.Text, Positions.Read(f.Position)))],
        KeyTasks = [.. entity.KeyTasks.OrderBy(k => k.Ordinal).Select(k => new KeyTask(k.Name, k.Content, Positions.Money(k.Funds, k.FundsUnit), k.ExpectedResult, Positions.Read(k.Position)))],
        Measures = [.. entity.Measures.OrderBy(m => m.Ordinal).Select(m => new Measure(m.Kind, m.Text, Positions.Read(m.Position)))],
        Plans = [.. entity.Plans.OrderBy(p => p.Ordinal).Select(p => new PlanItem(p.Text, Positions.Read(p.Position)))],
        Indicators = [.. entity.Indicators.OrderBy(i => i.Ordinal).Select(IndicatorMapper.ToIndicator)],
        Unplaced = [.. entity.Unplaced.OrderBy(u => u.Ordinal).Select(ToUnplaced)],
        Assumptions = [.. entity.Assumptions.OrderBy(a => a.Ordinal).Select(a => new Assumption(Positions.Read(a.Position), a.Text))],
        Sources = entity.Sources.ToDictionary(s => s.Field, s => Positions.Read(s.Position), StringComparer.Ordinal),
        Position = Positions.Read(entity.Position),
    };

    public static UnplacedRow ToUnplaced(UnplacedRowEntity row) => new(Positions.Read(row.Position), row.Text, row.Reason);

    /// <summary>
    /// What search looks in: the title, the organisations, the project and every indicator's
    /// name, one per line (a match never spans two names).
    /// </summary>
    public static string SearchText(TargetSheet sheet)
    {
        string?[] names = [sheet.Title, sheet.Department, sheet.SupervisingDepartment, sheet.Unit, sheet.ProjectName, sheet.ProjectCode];
        return string.Join('\n', names.Concat(sheet.Indicators.Select(i => i.Name)).Where(n => !string.IsNullOrWhiteSpace(n)));
    }

    private static void ApplyBudget(Budget? budget, SheetEntity entity, Action<object> remove)
    {
        entity.HasBudget = budget is not null;
        (entity.BudgetTotal, entity.BudgetTotalUnit) = (budget?.Total?.Amount, budget?.Total?.Unit);
        (entity.BudgetCurrentYear, entity.BudgetCurrentYearUnit) = (budget?.CurrentYear?.Amount, budget?.CurrentYear?.Unit);
        (entity.BudgetFiscal, entity.BudgetFiscalUnit) = (budget?.Fiscal?.Amount, budget?.Fiscal?.Unit);
        (entity.BudgetOther, entity.BudgetOtherUnit) = (budget?.Other?.Amount, budget?.Other?.Unit);
        (entity.BudgetBasicSpending, entity.BudgetBasicSpendingUnit) = (budget?.BasicSpending?.Amount, budget?.BasicSpending?.Unit);
        (entity.BudgetProjectSpending, entity.BudgetProjectSpendingUnit) = (budget?.ProjectSpending?.Amount, budget?.ProjectSpending?.Unit);
        entity.FundNature = budget?.FundNature;
        entity.BudgetWan = budget?.TotalWan;
        ListSync.Sync(entity.BudgetLines, budget?.OtherLines ?? [], e => e.Ordinal, () => new BudgetLineEntity { Label = "" }, (line, e, i) =>
        {
            (e.Ordinal, e.Label, e.Amount, e.Unit) = (i, line.Label, line.Amount.Amount, line.Amount.Unit);
        }, remove);
    }

    private static Budget? ReadBudget(SheetEntity e) => !e.HasBudget ? null : new Budget
    {
        Total = Positions.Money(e.BudgetTotal, e.BudgetTotalUnit),
        CurrentYear = Positions.Money(e.BudgetCurrentYear, e.BudgetCurrentYearUnit),
        Fiscal = Positions.Money(e.BudgetFiscal, e.BudgetFiscalUnit),
        Other = Positions.Money(e.BudgetOther, e.BudgetOtherUnit),
        BasicSpending = Positions.Money(e.BudgetBasicSpending, e.BudgetBasicSpendingUnit),
        ProjectSpending = Positions.Money(e.BudgetProjectSpending, e.BudgetProjectSpendingUnit),
        OtherLines = [.. e.BudgetLines.OrderBy(l => l.Ordinal).Select(l => new BudgetLine(l.Label, new Money(l.Amount, l.Unit)))],
        FundNature = e.FundNature,
    };
}
