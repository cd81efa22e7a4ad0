using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// Which sheets a person may see, in one place for every query: an administrator every sheet; 财政审核
/// the sheets of its region; 主管部门审核 and 单位填报 the sheets for, reporting to or spent by their
/// organisation or any organisation under it. <see cref="Key"/> tells cached results apart.
/// </summary>
public sealed record SheetScope(bool Everything, long? RegionId, IReadOnlyList<long> OrganisationIds)
{
    public static readonly SheetScope All = new(true, null, []);

    public static readonly SheetScope None = new(false, null, []);

    /// <summary>Equal scopes have equal keys (the organisation list compared by value), so cached lists are shared by exactly the people who may see them.</summary>
    public bool Equals(SheetScope? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    public string Key => Everything ? "*" : RegionId is { } region ? "r" + region : "o" + string.Join(',', OrganisationIds);

    public IQueryable<SheetEntity> Apply(IQueryable<SheetEntity> sheets)
    {
        if (Everything)
        {
            return sheets;
        }

        if (RegionId is { } region)
        {
            return sheets.Where(s => s.RegionId == region);
        }

        var ids = OrganisationIds;
        return ids.Count == 0
            ? sheets.Where(s => false)
            : sheets.Where(s => (s.UnitId != null && ids.Contains(s.UnitId.Value))
                || (s.DepartmentId != null && ids.Contains(s.DepartmentId.Value))
                || (s.SupervisingDepartmentId != null && ids.Contains(s.SupervisingDepartmentId.Value)));
    }

    /// <summary>Whether the sheet <paramref name="sheetId"/> exists and is within the scope.</summary>
    public Task<bool> AllowsAsync(JixiaoDbContext db, long sheetId, CancellationToken ct) =>
        Apply(db.Sheets.Where(s => s.Id == sheetId)).AnyAsync(ct);

    /// <summary>The scope of a role held in a region or an organisation (with every organisation under it).</summary>
    public static async Task<SheetScope> ResolveAsync(JixiaoDbContext db, Role role, long? regionId, long? organisationId, CancellationToken ct)
    {
        switch (role)
        {
            case Role.Administrator:
                return All;
            case Role.FinanceReviewer:
                return regionId is null ? None : new SheetScope(false, regionId, []);
        }

        if (organisationId is not { } root)
        {
            return None;
        }

        var region = await db.Organisations.Where(o => o.Id == root).Select(o => o.RegionId).SingleOrDefaultAsync(ct);
        var tree = await db.Organisations.Where(o => o.RegionId == region && o.ParentId != null)
            .Select(o => new { o.Id, Parent = o.ParentId!.Value }).ToListAsync(ct);
        var children = tree.ToLookup(o => o.Parent, o => o.Id);
        var found = new List<long> { root };
        var seen = new HashSet<long> { root };
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var child in children[found[i]])
            {
                if (seen.Add(child))
                {
                    found.Add(child);
                }
            }
        }

        return new SheetScope(false, null, found);
    }
}
