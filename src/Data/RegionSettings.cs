using Jixiao.Core.Export.Forms;
using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A region's settings: its rule set by name (null: the shipped default) and its default form layout (null: as imported).</summary>
public sealed record RegionSetting(long Id, string Code, string Name, string? RuleSet, string? FormLayout);

/// <summary>
/// Each region's rule set and default form layout (docs/decisions/016), stored with the region. An
/// administrator sets those of any region, 财政审核 those of its own; each change is audited.
/// </summary>
public static class RegionSettings
{
    public const string ForbiddenCode = "REGION-FORBIDDEN";
    public const string InvalidCode = "REGION-SETTING-INVALID";

    public static Task<List<RegionSetting>> ListAsync(JixiaoDbContext db, CancellationToken ct = default) =>
        db.Regions.AsNoTracking().OrderBy(r => r.Code).Select(r => new RegionSetting(r.Id, r.Code, r.Name, r.RuleSet, r.FormLayout)).ToListAsync(ct);

    /// <summary>The settings of the sheet's region; null for a sheet of no region (or no such sheet).</summary>
    public static Task<RegionSetting?> ForSheetAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default) =>
        db.Sheets.AsNoTracking().Where(s => s.Id == sheetId && s.Region != null)
            .Select(s => new RegionSetting(s.Region!.Id, s.Region.Code, s.Region.Name, s.Region.RuleSet, s.Region.FormLayout)).SingleOrDefaultAsync(ct);

    /// <summary>The settings of the region with <paramref name="code"/>; null for a region not stored.</summary>
    public static Task<RegionSetting?> ForCodeAsync(JixiaoDbContext db, string code, CancellationToken ct = default) =>
        db.Regions.AsNoTracking().Where(r => r.Code == code)
            .Select(r => new RegionSetting(r.Id, r.Code, r.Name, r.RuleSet, r.FormLayout)).SingleOrDefaultAsync(ct);

    /// <summary>Whether <paramref name="actor"/> (with <paramref name="scope"/>) may change the settings of region <paramref name="regionId"/>.</summary>
    public static bool MayChange(Actor actor, SheetScope scope, long regionId) =>
        actor.Role == Role.Administrator || (actor.Role == Role.FinanceReviewer && scope.RegionId == regionId);

    /// <summary>
    /// Sets the region's rule set (one of <paramref name="ruleSets"/>, or null/empty for the default) and layout
    /// (a <see cref="FormFamilies.Names"/> name, or null/empty for as imported).
    /// </summary>
    public static async Task<DataResult<RegionSetting>> SetAsync(
        JixiaoDbContext db, Actor actor, SheetScope scope, string code, string? ruleSet, string? layout, IReadOnlyCollection<string> ruleSets, CancellationToken ct = default)
    {
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Code == code, ct);
        if (region is null)
        {
            return DataResult<RegionSetting>.Fail(DataErrorCode.NotFound, $"找不到财政区划 {code}", $"region {code} not found");
        }

        if (!MayChange(actor, scope, region.Id))
        {
            return new DataError(DataErrorCode.Forbidden, "只有管理员和本地区的财政审核可以设置地区的审核规则集和版式", "only administrators and the region's finance reviewers may") { SpecificCode = ForbiddenCode };
        }

        ruleSet = string.IsNullOrWhiteSpace(ruleSet) ? null : ruleSet.Trim();
        if (ruleSet is not null && !ruleSets.Contains(ruleSet))
        {
            return new DataError(DataErrorCode.Invalid, $"没有名为“{ruleSet}”的审核规则集，可选：{string.Join("、", ruleSets)}", "unknown rule set") { SpecificCode = InvalidCode };
        }

        FormFamily? family = null;
        if (!string.IsNullOrWhiteSpace(layout))
        {
            if (!FormFamilies.Names.TryGetValue(layout.Trim(), out var named))
            {
                return new DataError(DataErrorCode.Invalid, "版式应为 " + string.Join("、", FormFamilies.Names.Keys) + "，或留空（按导入时的版式）", "unknown layout") { SpecificCode = InvalidCode };
            }

            family = named;
        }

        var newLayout = family is { } f ? FormFamilies.Code(f) : null;
        var changes = new List<AuditChange>();
        if (region.RuleSet != ruleSet)
        {
            changes.Add(new AuditChange("审核规则集", region.RuleSet, ruleSet));
        }

        if (region.FormLayout != newLayout)
        {
            changes.Add(new AuditChange("版式", region.FormLayout, newLayout));
        }

        (region.RuleSet, region.FormLayout) = (ruleSet, newLayout);
        AuditTrail.Record(db, actor, AuditTrail.Actions.Region,
            $"设置 {region.Name}（{region.Code}）：审核规则集“{ruleSet ?? "默认"}”，版式“{(family is { } d ? FormFamilies.Describe(d) : "按导入时的版式")}”", detail: new { region = region.Code, changes });
        await db.SaveChangesAsync(ct);
        return DataResult<RegionSetting>.Ok(new RegionSetting(region.Id, region.Code, region.Name, region.RuleSet, region.FormLayout));
    }
}
