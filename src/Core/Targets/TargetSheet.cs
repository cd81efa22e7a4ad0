namespace Jixiao.Core.Targets;

public enum SheetKind
{
    /// <summary>部门(单位)整体支出绩效目标.</summary>
    Department,

    /// <summary>项目支出绩效目标.</summary>
    Project,
}

public enum GoalTerm
{
    /// <summary>总体 / 整体绩效目标.</summary>
    Overall,

    /// <summary>年度目标 / 当年度目标.</summary>
    Annual,

    /// <summary>实施周期 / 中长期目标.</summary>
    ImplementationPeriod,

    /// <summary>明细 / 详细 / 分项目标.</summary>
    Detailed,
}

public sealed record Goal(GoalTerm Term, string Text, SourcePosition Position);

/// <summary>职能: a department function; forms such as 000 group indicators by it.</summary>
public sealed record Function(string Name, string Text, SourcePosition Position);

/// <summary>年度重点工作任务.</summary>
public sealed record KeyTask(string Name, string Content, Money? Funds, string? ExpectedResult, SourcePosition Position);

/// <summary>保障措施: 组织机构, 管理制度….</summary>
public sealed record Measure(string Kind, string Text, SourcePosition Position);

/// <summary>资金支出计划: cumulative share of the budget spent by a point of the year (3月底 → 25%).</summary>
public sealed record SpendingPlanPoint(string Label, decimal Percent, SourcePosition Position);

/// <summary>A plan line: 实施计划 / 阶段性计划.</summary>
public sealed record PlanItem(string Text, SourcePosition Position);

/// <summary>实施期限: as written, with the years where they can be read.</summary>
public sealed record ImplementationPeriod(string Text, int? StartYear, int? EndYear);

/// <summary>
/// 绩效目标表: one table of targets, a department's (or unit's) overall targets or one project's,
/// with every field the form carries and where each came from.
/// </summary>
public sealed record TargetSheet
{
    public required SheetKind Kind { get; init; }

    /// <summary>The table's title line as written (residue such as bookmarks removed).</summary>
    public string? Title { get; init; }

    public int? FiscalYear { get; init; }

    public FrameworkVersion Framework { get; init; } = FrameworkVersion.V88;

    /// <summary>The organisation the table is for (部门(单位)名称, 编制单位, unit line…).</summary>
    public string? Department { get; init; }

    /// <summary>主管部门.</summary>
    public string? SupervisingDepartment { get; init; }

    /// <summary>用款单位 / 下属单位.</summary>
    public string? Unit { get; init; }

    /// <summary>单位编码 (426001, 356003…).</summary>
    public string? UnitCode { get; init; }

    public string? ProjectName { get; init; }

    /// <summary>项目编码, or the serial number of a list table's project row.</summary>
    public string? ProjectCode { get; init; }

    /// <summary>项目类型 / 项目类别.</summary>
    public string? ProjectType { get; init; }

    /// <summary>项目等级 (一级项目 / 二级项目).</summary>
    public string? ProjectLevel { get; init; }

    /// <summary>项目属性 (新增 / 延续).</summary>
    public string? ProjectAttribute { get; init; }

    public string? Leader { get; init; }

    public string? LeaderPhone { get; init; }

    public ImplementationPeriod? Period { get; init; }

    /// <summary>财政供养人员数.</summary>
    public int? StaffCount { get; init; }

    public Budget? Budget { get; init; }

    /// <summary>资金用途 / 项目概述.</summary>
    public string? Purpose { get; init; }

    public IReadOnlyList<SpendingPlanPoint> SpendingPlan { get; init; } = [];

    public IReadOnlyList<Goal> Goals { get; init; } = [];

    public IReadOnlyList<Function> Functions { get; init; } = [];

    public IReadOnlyList<KeyTask> KeyTasks { get; init; } = [];

    public IReadOnlyList<Measure> Measures { get; init; } = [];

    public IReadOnlyList<PlanItem> Plans { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Rows inside this sheet that could not be placed.</summary>
    public IReadOnlyList<UnplacedRow> Unplaced { get; init; } = [];

    /// <summary>What reading inferred rather than read, for a person to check (not stored: a property of one reading).</summary>
    public IReadOnlyList<Assumption> Assumptions { get; init; } = [];

    /// <summary>Where each header field came from, by field name (nameof the property).</summary>
    public IReadOnlyDictionary<string, SourcePosition> Sources { get; init; } = new Dictionary<string, SourcePosition>();

    /// <summary>Where the sheet starts (its title, or its first row).</summary>
    public required SourcePosition Position { get; init; }
}
