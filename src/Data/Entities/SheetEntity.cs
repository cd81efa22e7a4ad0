using Jixiao.Core.Targets;

namespace Jixiao.Data.Entities;

/// <summary>
/// A stored <see cref="TargetSheet"/>: every header field as a column, the lists as child tables.
/// <see cref="Version"/> is the concurrency token of editing; <see cref="SearchText"/> is what
/// full-text search looks in (department, project and indicator names), derived on every save.
/// </summary>
public sealed class SheetEntity
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public SourceDocumentEntity? Document { get; set; }

    /// <summary>Place of the sheet in its document, from 0.</summary>
    public int Ordinal { get; set; }

    public long? RegionId { get; set; }

    public RegionEntity? Region { get; set; }

    public long? DepartmentId { get; set; }

    public OrganisationEntity? DepartmentOrganisation { get; set; }

    public long? SupervisingDepartmentId { get; set; }

    public OrganisationEntity? SupervisingDepartmentOrganisation { get; set; }

    public long? UnitId { get; set; }

    public OrganisationEntity? UnitOrganisation { get; set; }

    public SheetKind Kind { get; set; }

    public string? Title { get; set; }

    public int? FiscalYear { get; set; }

    public FrameworkVersion Framework { get; set; }

    public string? Department { get; set; }

    public string? SupervisingDepartment { get; set; }

    public string? Unit { get; set; }

    public string? UnitCode { get; set; }

    public string? ProjectName { get; set; }

    public string? ProjectCode { get; set; }

    public string? ProjectType { get; set; }

    public string? ProjectLevel { get; set; }

    public string? ProjectAttribute { get; set; }

    public string? Leader { get; set; }

    public string? LeaderPhone { get; set; }

    /// <summary>实施期限 as written; null when the sheet has no period.</summary>
    public string? PeriodText { get; set; }

    public int? PeriodStartYear { get; set; }

    public int? PeriodEndYear { get; set; }

    public int? StaffCount { get; set; }

    /// <summary>Whether the sheet states a budget at all (a budget may state no amount).</summary>
    public bool HasBudget { get; set; }

    public decimal? BudgetTotal { get; set; }

    public MoneyUnit? BudgetTotalUnit { get; set; }

    public decimal? BudgetCurrentYear { get; set; }

    public MoneyUnit? BudgetCurrentYearUnit { get; set; }

    public decimal? BudgetFiscal { get; set; }

    public MoneyUnit? BudgetFiscalUnit { get; set; }

    public decimal? BudgetOther { get; set; }

    public MoneyUnit? BudgetOtherUnit { get; set; }

    public decimal? BudgetBasicSpending { get; set; }

    public MoneyUnit? BudgetBasicSpendingUnit { get; set; }

    public decimal? BudgetProjectSpending { get; set; }

    public MoneyUnit? BudgetProjectSpendingUnit { get; set; }

    public string? FundNature { get; set; }

    /// <summary><see cref="Budget.TotalWan"/>, kept for sorting and filtering by amount.</summary>
    public decimal? BudgetWan { get; set; }

    public string? Purpose { get; set; }

    /// <summary>Where the sheet starts, in <see cref="SourcePosition"/> text.</summary>
    public required string Position { get; set; }

    public required string SearchText { get; set; }

    public int Version { get; set; }

    /// <summary>How many indicators the sheet has; kept with every save for the list.</summary>
    public int IndicatorCount { get; set; }

    /// <summary>Findings of the last review by severity; kept by <see cref="FindingStore"/> for the list and its filter.</summary>
    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    public int InfoCount { get; set; }

    /// <summary>
    /// The name of the rule set the stored findings were made with (migration 0009, docs/decisions/020): the
    /// region's when saved, so a region whose set changes knows which of its sheets to review again. Null for
    /// findings stored before 0009, which are the shipped default's.
    /// </summary>
    public string? FindingsRuleSet { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    /// <summary>Where the sheet stands in the workflow (<see cref="Core.Workflow.Workflow"/>).</summary>
    public Core.Workflow.SheetStatus Status { get; set; }

    /// <summary>The finance review's 审核结果, once given.</summary>
    public Core.Workflow.ReviewGrade? ReviewGrade { get; set; }

    public DateTimeOffset? StatusChangedAt { get; set; }

    /// <summary>The latest approved version (批复), which monitoring and evaluation use.</summary>
    public long? ApprovedVersionId { get; set; }

    /// <summary>The version the public portal shows; kept while an adjustment is under way.</summary>
    public long? PublishedVersionId { get; set; }

    /// <summary>Why the approved sheet is being adjusted (调整原因), while it is.</summary>
    public string? AdjustmentReason { get; set; }

    public List<SheetSourceEntity> Sources { get; set; } = [];

    public List<BudgetLineEntity> BudgetLines { get; set; } = [];

    public List<SpendingPlanPointEntity> SpendingPlan { get; set; } = [];

    public List<GoalEntity> Goals { get; set; } = [];

    public List<FunctionEntity> Functions { get; set; } = [];

    public List<KeyTaskEntity> KeyTasks { get; set; } = [];

    public List<MeasureEntity> Measures { get; set; } = [];

    public List<PlanItemEntity> Plans { get; set; } = [];

    public List<IndicatorEntity> Indicators { get; set; } = [];

    public List<UnplacedRowEntity> Unplaced { get; set; } = [];

    public List<AssumptionEntity> Assumptions { get; set; } = [];

    /// <summary>The findings of its last review; set when a reviewed document is saved, loaded only where asked for.</summary>
    public List<ReviewFindingEntity> Findings { get; set; } = [];

    /// <summary>The sheet as the API serves it; loaded only where asked for.</summary>
    public SheetSnapshotEntity? Snapshot { get; set; }
}
