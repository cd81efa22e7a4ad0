using Jixiao.Core.Targets;

namespace Jixiao.Core.Layouts;

/// <summary>A sheet being read: fields are filled as the rows come, then frozen into a <see cref="TargetSheet"/>.</summary>
internal sealed class SheetDraft(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

    public string? Title { get; set; }

    public int? Year { get; set; }

    public Dictionary<Field, (string Text, SourcePosition Position)> Fields { get; } = [];

    public Dictionary<Field, (Money Money, SourcePosition Position)> Amounts { get; } = [];

    public List<BudgetLine> OtherLines { get; } = [];

    public MoneyUnit? MoneyUnit { get; set; }

    /// <summary>Amounts read before any unit was stated (a flattened sheet prints 项目资金（元） after its first amount).</summary>
    public HashSet<Field> UnitlessAmounts { get; } = [];

    public string? UnitCode { get; set; }

    public List<Goal> Goals { get; } = [];

    public List<Function> Functions { get; } = [];

    public List<KeyTask> KeyTasks { get; } = [];

    public List<Measure> Measures { get; } = [];

    public List<PlanItem> Plans { get; } = [];

    public List<SpendingPlanPoint> SpendingPlan { get; } = [];

    public List<Indicator> Indicators { get; } = [];

    public List<UnplacedRow> Unplaced { get; } = [];

    public List<Assumption> Assumptions { get; } = [];

    public void Assume(SourcePosition position, string text)
    {
        if (!Assumptions.Any(a => a.Position == position && string.Equals(a.Text, text, StringComparison.Ordinal)))
        {
            Assumptions.Add(new Assumption(position, text));
        }
    }

    public void Set(Field field, string text, SourcePosition position) => Fields.TryAdd(field, (text.Trim(), position));

    public string? Get(Field field) => Fields.TryGetValue(field, out var v) ? v.Text : null;

    public bool HasContent => Indicators.Count > 0 || Fields.ContainsKey(Field.ProjectName) || Fields.ContainsKey(Field.SubProject) || Amounts.Count > 0 || Goals.Count > 0;

    public TargetSheet ToSheet(int? documentYear)
    {
        var sources = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var (field, value) in Fields)
        {
            sources[field.ToString()] = value.Position;
        }

        foreach (var (field, value) in Amounts)
        {
            sources["Budget." + field] = value.Position;
        }

        foreach (var field in UnitlessAmounts)
        {
            if (Amounts.TryGetValue(field, out var read))
            {
                if (MoneyUnit is { } stated)
                {
                    Amounts[field] = (read.Money with { Unit = stated }, read.Position);
                }
                else
                {
                    Assume(read.Position, "金额未注明单位，按万元计");
                }
            }
        }

        var kind = Title is { } t && t.Contains("整体", StringComparison.Ordinal) ? SheetKind.Department
            : Title is { } t2 && t2.Contains("项目", StringComparison.Ordinal) ? SheetKind.Project
            : Fields.ContainsKey(Field.ProjectName) ? SheetKind.Project : SheetKind.Department;

        Money? Amount(Field f) => Amounts.TryGetValue(f, out var a) ? a.Money : null;
        var budget = Amounts.Count == 0 && OtherLines.Count == 0 && Get(Field.FundNature) is null ? null : new Budget
        {
            // The whole period's amount stands for the sheet's budget only when the year's is not stated (实施期资金总额 alone).
            Total = Amount(Field.Total) ?? (Amount(Field.CurrentYear) is null ? Amount(Field.PeriodTotal) : null),
            CurrentYear = Amount(Field.CurrentYear),
            Fiscal = Amount(Field.Fiscal),
            Other = Amount(Field.Other),
            BasicSpending = Amount(Field.Basic),
            ProjectSpending = Amount(Field.ProjectSpending),
            OtherLines = OtherLines.ToList(),
            FundNature = Get(Field.FundNature),
        };

        var start = CellText.FirstYear(Get(Field.PeriodStart)) ?? CellText.FirstYear(Get(Field.Period));
        var end = CellText.FirstYear(Get(Field.PeriodEnd)) ?? LastYear(Get(Field.Period));
        var periodText = Get(Field.Period) ?? (Get(Field.PeriodStart) is { } ps ? $"{ps}—{Get(Field.PeriodEnd)}" : null);
        return new TargetSheet
        {
            Kind = kind,
            Title = Title,
            FiscalYear = Year ?? start ?? documentYear,
            Framework = Indicators.Any(i => i.Level1 == Framework.IndicatorFramework.Cost) ? FrameworkVersion.V101 : FrameworkVersion.V88,
            Department = Get(Field.Department) ?? Get(Field.Compiler) ?? Get(Field.Supervising) ?? Get(Field.Unit),
            SupervisingDepartment = Get(Field.Supervising),
            Unit = Get(Field.Unit),
            UnitCode = UnitCode,
            // Under a 一级项目 (a programme), the 二级项目 is the project the targets belong to.
            ProjectName = Get(Field.SubProject) ?? Get(Field.ProjectName),
            ProjectCode = Get(Field.ProjectCode),
            ProjectType = Get(Field.ProjectType),
            ProjectLevel = Get(Field.ProjectLevel),
            ProjectAttribute = Get(Field.ProjectAttribute),
            Leader = Get(Field.Leader),
            LeaderPhone = Get(Field.Phone),
            Period = periodText is null ? null : new ImplementationPeriod(periodText, start, end),
            StaffCount = int.TryParse(Get(Field.Staff), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var staff) ? staff : null,
            Budget = budget,
            Purpose = Get(Field.Purpose),
            SpendingPlan = SpendingPlan.ToList(),
            Goals = Goals.ToList(),
            Functions = Functions.ToList(),
            KeyTasks = KeyTasks.ToList(),
            Measures = Measures.ToList(),
            Plans = Plans.ToList(),
            Indicators = Indicators.ToList(),
            Unplaced = Unplaced.ToList(),
            Assumptions = Assumptions.ToList(),
            Sources = sources,
            Position = Position,
        };
    }

    private static int? LastYear(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var idx = text.IndexOf('至', StringComparison.Ordinal);
        idx = idx > 0 ? idx : text.LastIndexOfAny(['—', '~', '～']);
        return idx > 0 ? CellText.FirstYear(text[idx..]) : null;
    }
}
