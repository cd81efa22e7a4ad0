using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public static class SheetQueries
{
    /// <summary>The sheets with every list loaded, as <see cref="Mapping.SheetMapper.ToSheet"/> needs them.</summary>
    public static IQueryable<SheetEntity> WithParts(this IQueryable<SheetEntity> sheets) => sheets
        .Include(s => s.Sources)
        .Include(s => s.BudgetLines)
        .Include(s => s.SpendingPlan)
        .Include(s => s.Goals)
        .Include(s => s.Functions)
        .Include(s => s.KeyTasks)
        .Include(s => s.Measures)
        .Include(s => s.Plans)
        .Include(s => s.Indicators)
        .Include(s => s.Unplaced)
        .Include(s => s.Assumptions)
        .AsSplitQuery();
}
