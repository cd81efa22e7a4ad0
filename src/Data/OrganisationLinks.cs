using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// Links sheets to the organisations they name, within their region: the 主管部门, the
/// department the sheet is for (under its 主管部门) and the 用款单位 (under the department).
/// An organisation is found by name or created; the 单位编码 goes to the unit, else the department.
/// </summary>
internal sealed class OrganisationLinks(JixiaoDbContext db, RegionEntity? region)
{
    private readonly Dictionary<string, OrganisationEntity> known = new(StringComparer.Ordinal);

    public async Task LinkAsync(IReadOnlyList<SheetEntity> sheets, CancellationToken ct)
    {
        var names = sheets.SelectMany(s => new[] { s.SupervisingDepartment, s.Department, s.Unit }).OfType<string>().Distinct().ToList();
        if (region is null || region.Id != 0)
        {
            var regionId = region?.Id;
            var stored = await db.Organisations.Where(o => o.RegionId == regionId && names.Contains(o.Name)).OrderBy(o => o.Id).ToListAsync(ct);
            foreach (var organisation in stored)
            {
                known.TryAdd(organisation.Name, organisation);
            }
        }

        foreach (var sheet in sheets)
        {
            var supervising = Find(sheet.SupervisingDepartment, parent: null);
            var department = Find(sheet.Department, parent: supervising);
            var unit = Find(sheet.Unit, parent: department ?? supervising);
            if ((unit ?? department) is { Code: null } coded && !string.IsNullOrWhiteSpace(sheet.UnitCode))
            {
                coded.Code = sheet.UnitCode;
            }

            sheet.SupervisingDepartmentOrganisation = supervising;
            sheet.DepartmentOrganisation = department;
            sheet.UnitOrganisation = unit;
        }
    }

    private OrganisationEntity? Find(string? name, OrganisationEntity? parent)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (!known.TryGetValue(name, out var organisation))
        {
            organisation = new OrganisationEntity { Name = name, Region = region };
            db.Organisations.Add(organisation);
            known[name] = organisation;
        }

        if (organisation.Parent is null && organisation.ParentId is null && parent is not null && !IsWithin(parent, organisation))
        {
            organisation.Parent = parent;
        }

        return organisation;
    }

    /// <summary>Whether <paramref name="organisation"/> is <paramref name="ancestor"/> or under it (no cycles).</summary>
    private static bool IsWithin(OrganisationEntity organisation, OrganisationEntity ancestor)
    {
        for (var o = organisation; o is not null; o = o.Parent)
        {
            if (o == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
