using Jixiao.Core.Export;
using Jixiao.Core.Values;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>
/// Every indicator row of the sheets a list download holds, in the list's order and each sheet's row order:
/// the second worksheet of the Excel download, or the CSV of <c>rows=indicators</c> (issue 11, downloads per list).
/// </summary>
internal static class SheetExportIndicators
{
    /// <summary>Sheets asked for at once: an IN list the databases take comfortably.</summary>
    private const int Chunk = 500;

    /// <summary>
    /// The sheet's 部门 and 项目名称 first and its number last: a re-uploaded download then reads as one project row per
    /// indicator (WideListLayout), not as a table whose first column is taken for the project.
    /// </summary>
    public static readonly ExportColumn[] Columns =
    [
        new("部门(单位)", Width: 30), new("项目名称", Width: 36),
        new("职能", Width: 20), new("一级指标", Width: 12), new("二级指标", Width: 16), new("三级指标", Width: 40),
        new("指标值", Width: 18), new("计算符号", Width: 8), new("数值", Width: 12), new("计量单位", Width: 10),
        new("实施周期指标值", Width: 18), new("指标解释", Width: 30), new("权重", Width: 8), new("目标表编号", ExportColumnKind.Integer, 10),
    ];

    /// <summary>180.0000 from a fixed-scale column written as 180, as the import contract writes it.</summary>
    private static decimal? Canonical(decimal? value) => value / 1.000000000000000000000000000000000m;

    public static async Task<List<IReadOnlyList<object?>>> RowsAsync(JixiaoDbContext db, IReadOnlyList<object?[]> sheets, int max, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (var start = 0; start < sheets.Count && rows.Count < max; start += Chunk)
        {
            var chunk = sheets.Skip(start).Take(Chunk).ToList();
            var ids = chunk.Select(s => (long)s[0]!).ToList();
            var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.SheetId))
                .Select(i => new
                {
                    i.SheetId, i.Ordinal, i.Function, i.Level1, i.Level2, i.Name, i.ValueRaw, i.ValueSign, i.ValueNumber, i.ValueUnit,
                    i.PeriodRaw, i.Description, i.Weight,
                })
                .ToListAsync(ct);
            var bySheet = indicators.ToLookup(i => i.SheetId);
            foreach (var sheet in chunk)
            {
                foreach (var i in bySheet[(long)sheet[0]!].OrderBy(i => i.Ordinal))
                {
                    rows.Add([sheet[4], sheet[5], i.Function, i.Level1, i.Level2, i.Name, i.ValueRaw,
                        TargetValueParser.SignSymbol(i.ValueSign), Canonical(i.ValueNumber), i.ValueUnit, i.PeriodRaw, i.Description, Canonical(i.Weight), sheet[0]]);
                }
            }
        }

        return rows.Count > max ? rows[..max] : rows;
    }
}
