namespace Jixiao.Core.Targets;

public enum MoneyUnit
{
    /// <summary>万元, the usual unit of budget forms.</summary>
    Wan,

    /// <summary>元, used by some forms (004's project tables).</summary>
    Yuan,
}

/// <summary>An amount with the unit the source used; conversion is always explicit.</summary>
public readonly record struct Money(decimal Amount, MoneyUnit Unit)
{
    public decimal ToWan() => Unit == MoneyUnit.Wan ? Amount : Amount / 10000m;

    public static Money Wan(decimal amount) => new(amount, MoneyUnit.Wan);

    public override string ToString() => Unit == MoneyUnit.Wan
        ? Amount.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture) + "万元"
        : Amount.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture) + "元";
}

/// <summary>
/// The budget a sheet states. Project forms give a total and this year's amount with their
/// sources; department forms split 基本支出 / 项目支出 and list income sources.
/// </summary>
public sealed record Budget
{
    /// <summary>预算数 / 总金额 / 资金总额 / 金额: the sheet's own total.</summary>
    public Money? Total { get; init; }

    /// <summary>当年度金额 (projects spanning several years).</summary>
    public Money? CurrentYear { get; init; }

    /// <summary>财政资金 / 财政拨款.</summary>
    public Money? Fiscal { get; init; }

    /// <summary>其他资金.</summary>
    public Money? Other { get; init; }

    /// <summary>基本支出 (department sheets).</summary>
    public Money? BasicSpending { get; init; }

    /// <summary>项目支出 (department sheets).</summary>
    public Money? ProjectSpending { get; init; }

    /// <summary>事业发展性支出 lines such as 财政专项资金, 其他事业发展性支出, by label.</summary>
    public IReadOnlyList<BudgetLine> OtherLines { get; init; } = [];

    /// <summary>资金性质 (一般公共预算安排…).</summary>
    public string? FundNature { get; init; }

    /// <summary>
    /// The sheet's budget in 万元: the stated total, else this year's amount, else the income
    /// sources added up, else basic plus project spending.
    /// </summary>
    public decimal? TotalWan =>
        Total?.ToWan()
        ?? CurrentYear?.ToWan()
        ?? (Fiscal is { } f ? f.ToWan() + (Other?.ToWan() ?? 0m) : (decimal?)null)
        ?? (BasicSpending is { } b ? b.ToWan() + (ProjectSpending?.ToWan() ?? 0m) : (decimal?)null);
}

public sealed record BudgetLine(string Label, Money Amount);
