using Jixiao.Data.Entities;

namespace Jixiao.Data;

/// <summary>
/// Writes a built document's sheets (<see cref="DocumentGraph"/>) with every row they hold —
/// lists, sources, snapshot, findings — table by table in bulk (<see cref="BulkInsert"/>): ids are
/// reserved per table, set on the rows and their children, then each table is written in a few
/// statements. Linear in the rows; inside the caller's transaction.
/// </summary>
internal static class SheetRows
{
    public static async Task WriteAsync(JixiaoDbContext db, long documentId, IReadOnlyList<SheetEntity> sheets, CancellationToken ct)
    {
        var bulk = new BulkInsert(db);
        var ids = await bulk.ReserveIdsAsync<SheetEntity>(sheets.Count, ct);
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            sheet.Id = ids[i];
            sheet.DocumentId = documentId;
            sheet.RegionId = sheet.Region?.Id;
            sheet.SupervisingDepartmentId = sheet.SupervisingDepartmentOrganisation?.Id;
            sheet.DepartmentId = sheet.DepartmentOrganisation?.Id;
            sheet.UnitId = sheet.UnitOrganisation?.Id;
        }

        await bulk.InsertAsync(sheets, ct);
        await PartsAsync(bulk, sheets, s => s.BudgetLines, ct);
        await PartsAsync(bulk, sheets, s => s.SpendingPlan, ct);
        await PartsAsync(bulk, sheets, s => s.Goals, ct);
        await PartsAsync(bulk, sheets, s => s.Functions, ct);
        await PartsAsync(bulk, sheets, s => s.KeyTasks, ct);
        await PartsAsync(bulk, sheets, s => s.Measures, ct);
        await PartsAsync(bulk, sheets, s => s.Plans, ct);
        await PartsAsync(bulk, sheets, s => s.Assumptions, ct);
        await PartsAsync(bulk, sheets, s => s.Indicators, ct);

        var unplaced = Children(sheets, s => s.Unplaced, (row, sheet) => row.SheetId = sheet.Id);
        await AssignIdsAsync(bulk, unplaced, (row, id) => row.Id = id, ct);
        await bulk.InsertAsync(unplaced, ct);

        await bulk.InsertAsync(Children(sheets, s => s.Sources, (source, sheet) => source.SheetId = sheet.Id), ct);
        await bulk.InsertAsync(Children<SheetSnapshotEntity>(sheets, s => s.Snapshot is { } snapshot ? [snapshot] : [], (snapshot, sheet) => snapshot.SheetId = sheet.Id), ct);

        // After the indicators: a finding names the row it is about.
        var findings = Children(sheets, s => s.Findings, (finding, sheet) => (finding.SheetId, finding.IndicatorId) = (sheet.Id, finding.Indicator?.Id));
        await AssignIdsAsync(bulk, findings, (finding, id) => finding.Id = id, ct);
        await bulk.InsertAsync(findings, ct);
    }

    private static async Task PartsAsync<T>(BulkInsert bulk, IReadOnlyList<SheetEntity> sheets, Func<SheetEntity, List<T>> list, CancellationToken ct)
        where T : SheetPartEntity
    {
        var rows = Children(sheets, list, (row, sheet) => row.SheetId = sheet.Id);
        await AssignIdsAsync(bulk, rows, (row, id) => row.Id = id, ct);
        await bulk.InsertAsync(rows, ct);
    }

    private static List<T> Children<T>(IReadOnlyList<SheetEntity> sheets, Func<SheetEntity, IEnumerable<T>> list, Action<T, SheetEntity> link)
    {
        var rows = new List<T>();
        foreach (var sheet in sheets)
        {
            foreach (var row in list(sheet))
            {
                link(row, sheet);
                rows.Add(row);
            }
        }

        return rows;
    }

    private static async Task AssignIdsAsync<T>(BulkInsert bulk, List<T> rows, Action<T, long> set, CancellationToken ct)
    {
        var ids = await bulk.ReserveIdsAsync<T>(rows.Count, ct);
        for (var i = 0; i < rows.Count; i++)
        {
            set(rows[i], ids[i]);
        }
    }
}
