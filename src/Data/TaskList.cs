using Jixiao.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A sheet waiting for someone: what it is, where it stands, since when.</summary>
public sealed record WaitingSheet(long Id, Core.Targets.SheetKind Kind, string? Department, string? ProjectName, int? FiscalYear, SheetStatus Status, DateTimeOffset? Since, int Errors);

/// <summary>
/// 待办: the sheets that wait for a person's step — a unit's drafts and returned sheets, a 主管部门's
/// submissions, the finance bureau's reviewed and approved ones — within their scope, oldest first.
/// </summary>
public static class TaskList
{
    public static IReadOnlyList<SheetStatus> WaitingFor(Role role) => role switch
    {
        Role.UnitFiller => [SheetStatus.Returned, SheetStatus.Draft],
        Role.DepartmentReviewer => [SheetStatus.Submitted],
        Role.FinanceReviewer => [SheetStatus.DepartmentApproved, SheetStatus.Approved],
        _ => [SheetStatus.Submitted, SheetStatus.DepartmentApproved, SheetStatus.Approved],
    };

    public static async Task<(IReadOnlyList<WaitingSheet> Items, IReadOnlyDictionary<SheetStatus, int> Counts)> ForAsync(
        JixiaoDbContext db, Role role, SheetScope scope, int max = 200, CancellationToken ct = default)
    {
        var statuses = WaitingFor(role).ToList();
        var waiting = scope.Apply(db.Sheets.AsNoTracking()).Where(s => statuses.Contains(s.Status));
        var counts = await waiting.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var items = await waiting.OrderBy(s => s.StatusChangedAt ?? s.SavedAt).ThenBy(s => s.Id).Take(max)
            .Select(s => new WaitingSheet(s.Id, s.Kind, s.Department, s.ProjectName, s.FiscalYear, s.Status, s.StatusChangedAt ?? s.SavedAt, s.ErrorCount))
            .ToListAsync(ct);
        return (items, counts);
    }
}
