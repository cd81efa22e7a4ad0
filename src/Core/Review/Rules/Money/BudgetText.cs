using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Money;

/// <summary>Budget amounts for messages and positions of the budget fields.</summary>
internal static class BudgetText
{
    public static string Wan(decimal wan) => wan.ToString("0.00##", CultureInfo.InvariantCulture) + "万元";

    /// <summary>Where a budget field came from (Budget.Total…), else where the sheet starts.</summary>
    public static SourcePosition Position(SheetContext sheet, string field) =>
        sheet.Sheet.Sources.TryGetValue("Budget." + field, out var position) ? position : sheet.Sheet.Position;
}
