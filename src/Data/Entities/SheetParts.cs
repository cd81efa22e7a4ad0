using Jixiao.Core.Targets;

namespace Jixiao.Data.Entities;

/// <summary>A row of one of a sheet's lists, in the order the sheet gives it.</summary>
public abstract class SheetPartEntity
{
    public long Id { get; set; }

    public long SheetId { get; set; }

    /// <summary>Place in the list, from 0.</summary>
    public int Ordinal { get; set; }
}

/// <summary>Where one header field of a sheet came from (<see cref="TargetSheet.Sources"/>).</summary>
public sealed class SheetSourceEntity
{
    public long SheetId { get; set; }

    public required string Field { get; set; }

    public required string Position { get; set; }
}

public sealed class BudgetLineEntity : SheetPartEntity
{
    public required string Label { get; set; }

    public decimal Amount { get; set; }

    public MoneyUnit Unit { get; set; }
}

public sealed class SpendingPlanPointEntity : SheetPartEntity
{
    public required string Label { get; set; }

    public decimal Percent { get; set; }

    public required string Position { get; set; }
}

public sealed class GoalEntity : SheetPartEntity
{
    public GoalTerm Term { get; set; }

    public required string Text { get; set; }

    public required string Position { get; set; }
}

public sealed class FunctionEntity : SheetPartEntity
{
    public required string Name { get; set; }

    public required string Text { get; set; }

    public required string Position { get; set; }
}

public sealed class KeyTaskEntity : SheetPartEntity
{
    public required string Name { get; set; }

    public required string Content { get; set; }

    public decimal? Funds { get; set; }

    public MoneyUnit? FundsUnit { get; set; }

    public string? ExpectedResult { get; set; }

    public required string Position { get; set; }
}

public sealed class MeasureEntity : SheetPartEntity
{
    public required string Kind { get; set; }

    public required string Text { get; set; }

    public required string Position { get; set; }
}

public sealed class PlanItemEntity : SheetPartEntity
{
    public required string Text { get; set; }

    public required string Position { get; set; }
}

/// <summary>An <see cref="Assumption"/>: what the reader inferred rather than read, for a person to check.</summary>
public sealed class AssumptionEntity : SheetPartEntity
{
    public required string Text { get; set; }

    public required string Position { get; set; }
}
