using System.Globalization;
using Jixiao.Core.Targets;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public enum SheetSort
{
    Id,
    FiscalYear,
    Department,
    ProjectName,
    BudgetWan,
    SavedAt,
}

/// <summary>
/// What to look for: <see cref="Text"/> is a substring of a department, project or indicator
/// name (公益性岗位); the filters narrow; pages count from 1.
/// </summary>
public sealed record SheetQuery
{
    public const int MaxPageSize = 200;

    public string? Text { get; init; }

    public int? FiscalYear { get; init; }

    /// <summary>财政区划 code.</summary>
    public string? RegionCode { get; init; }

    /// <summary>An organisation the sheet is for, reports to, or is spent by.</summary>
    public long? OrganisationId { get; init; }

    public SheetKind? Kind { get; init; }

    /// <summary>Only sheets whose last review has a finding of this severity ("error", "warning", "info").</summary>
    public string? Severity { get; init; }

    /// <summary>The department (部门(单位)名称 / 主管部门) as stored, matched exactly.</summary>
    public string? Department { get; init; }

    /// <summary>Only sheets in this workflow state.</summary>
    public Core.Workflow.SheetStatus? Status { get; init; }

    /// <summary>Whose sheets: every query from a person carries their <see cref="SheetScope"/>; the CLI sees all.</summary>
    public SheetScope Scope { get; init; } = SheetScope.All;

    public SheetSort Sort { get; init; } = SheetSort.Id;

    public bool Descending { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>One line of a list of sheets, with the counts of its last review's findings.</summary>
public sealed record SheetSummary(long Id, long DocumentId, SheetKind Kind, int? FiscalYear, string? RegionCode, string? Title, string? Department, string? ProjectName, string? ProjectCode, decimal? BudgetWan, int Indicators)
{
    public FindingCounts Findings { get; init; } = FindingCounts.None;

    public Core.Workflow.SheetStatus Status { get; init; }
}

public sealed record SheetPage(IReadOnlyList<SheetSummary> Items, int Total, int Page, int PageSize);

/// <summary>
/// Search over stored sheets. SQLite: the FTS5 table sheet_search (trigram tokenizer, kept in
/// step with sheets.search_text by triggers) for three characters or more, LIKE below that.
/// PostgreSQL: ILIKE on sheets.search_text, served by a pg_trgm GIN index.
/// </summary>
public static class SheetSearch
{
    public static Task<DataResult<SheetPage>> QueryAsync(JixiaoDbContext db, SheetQuery query, CancellationToken ct = default) =>
        QueryAsync(db, query, null, ct);

    /// <summary>
    /// One page of the sheets the query finds and how many it finds. With a <paramref name="cache"/>,
    /// the ids found are kept for the other pages until the data changes.
    /// </summary>
    public static async Task<DataResult<SheetPage>> QueryAsync(JixiaoDbContext db, SheetQuery query, SheetListCache? cache, CancellationToken ct = default)
    {
        if (query.Page < 1 || query.PageSize < 1 || query.PageSize > SheetQuery.MaxPageSize)
        {
            return DataResult<SheetPage>.Fail(
                DataErrorCode.InvalidPage,
                string.Create(CultureInfo.InvariantCulture, $"页码应从 1 开始，每页 1 至 {SheetQuery.MaxPageSize} 条"),
                string.Create(CultureInfo.InvariantCulture, $"pages count from 1 and hold 1 to {SheetQuery.MaxPageSize} items"));
        }

        // A page of a search already made, if the data has not changed since: one query.
        if (cache is not null && cache.TryGet(query, out var found))
        {
            if (await PageOfAsync(db, found.Ids, query, found.Generation, ct) is { } page)
            {
                cache.CountHit();
                return DataResult<SheetPage>.Ok(page);
            }

            cache.Remove(query);
        }

        cache?.CountMiss();

        // Read before searching: what is found is at least as new as the count it is kept under.
        var generation = cache is null ? null : await DataGeneration.ReadAsync(db, ct);
        var limit = cache?.MaxEntryIds ?? SheetListCache.DefaultMaxEntryIds;
        var ids = await Sorted(Filter(db, query), query).Select(s => s.Id).Take(limit + 1).ToArrayAsync(ct);
        if (ids.Length <= limit)
        {
            if (generation is { } current)
            {
                cache!.Set(query, current, ids);
            }

            return DataResult<SheetPage>.Ok((await PageOfAsync(db, ids, query, null, ct))!);
        }

        // Too many to keep: count them and page in SQL.
        var sheets = Filter(db, query);
        var total = await sheets.CountAsync(ct);
        var pageIds = await Sorted(sheets, query).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(s => s.Id).ToArrayAsync(ct);
        var rows = await SummariesAsync(db, pageIds, ct);
        return DataResult<SheetPage>.Ok(new SheetPage(InOrder(pageIds, rows), total, query.Page, query.PageSize));
    }

    /// <summary>
    /// The query's page out of the <paramref name="ids"/> it found; null when they were found at
    /// <paramref name="expectedGeneration"/> and the data has changed since.
    /// </summary>
    private static async Task<SheetPage?> PageOfAsync(JixiaoDbContext db, long[] ids, SheetQuery query, long? expectedGeneration, CancellationToken ct)
    {
        var start = (long)(query.Page - 1) * query.PageSize;
        var pageIds = start >= ids.Length ? [] : ids.AsSpan((int)start, (int)Math.Min(query.PageSize, ids.Length - start)).ToArray();
        if (pageIds.Length == 0)
        {
            return expectedGeneration is { } expected && await DataGeneration.ReadAsync(db, ct) != expected
                ? null
                : new SheetPage([], ids.Length, query.Page, query.PageSize);
        }

        var rows = await SummariesAsync(db, pageIds, ct);
        if (expectedGeneration is { } known && (rows.Count == 0 || rows[0].Generation != known))
        {
            return null;
        }

        // A sheet deleted since the search is left out of its page.
        return new SheetPage(InOrder(pageIds, rows), ids.Length, query.Page, query.PageSize);
    }

    private static List<SheetSummary> InOrder(long[] pageIds, List<SummaryRow> rows)
    {
        var byId = rows.ToDictionary(r => r.Summary.Id, r => r.Summary);
        return [.. pageIds.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <summary>The summaries with their finding counts, and the data generation read in the same statement.</summary>
    private static async Task<List<SummaryRow>> SummariesAsync(JixiaoDbContext db, long[] pageIds, CancellationToken ct)
    {
        var rows = new List<SummaryRow>(pageIds.Length);
        await foreach (var row in SummariesQuery.For(db)(db, pageIds).WithCancellation(ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    // Compiled: every list request runs it, and EF's per-call expression work costs more than the query.
    private static readonly CompiledPerModel<Func<JixiaoDbContext, long[], IAsyncEnumerable<SummaryRow>>> SummariesQuery = new(() => EF.CompileAsyncQuery(
        (JixiaoDbContext db, long[] pageIds) => db.Sheets.AsNoTracking()
            .Where(s => pageIds.Contains(s.Id))
            .Select(s => new SummaryRow(
                new SheetSummary(s.Id, s.DocumentId, s.Kind, s.FiscalYear, s.Region != null ? s.Region.Code : null, s.Title, s.Department, s.ProjectName, s.ProjectCode, s.BudgetWan, s.IndicatorCount)
                {
                    Findings = new FindingCounts(s.ErrorCount, s.WarningCount, s.InfoCount),
                    Status = s.Status,
                },
                db.DataGeneration.Where(g => g.Id == DataGenerationEntity.SingleId).Select(g => (long?)g.Value).FirstOrDefault()))));

    private sealed record SummaryRow(SheetSummary Summary, long? Generation);

    /// <summary>The sheets matching the text and filters, unsorted, to compose further.</summary>
    public static IQueryable<SheetEntity> Filter(JixiaoDbContext db, SheetQuery query)
    {
        var sheets = query.Scope.Apply(Matching(db, query.Text?.Trim()));
        if (query.Status is { } status)
        {
            sheets = sheets.Where(s => s.Status == status);
        }

        if (query.FiscalYear is { } year)
        {
            sheets = sheets.Where(s => s.FiscalYear == year);
        }

        if (!string.IsNullOrWhiteSpace(query.RegionCode))
        {
            var code = query.RegionCode.Trim();
            sheets = sheets.Where(s => s.Region != null && s.Region.Code == code);
        }

        if (query.OrganisationId is { } organisation)
        {
            sheets = sheets.Where(s => s.DepartmentId == organisation || s.SupervisingDepartmentId == organisation || s.UnitId == organisation);
        }

        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            var department = query.Department.Trim();
            sheets = sheets.Where(s => s.Department == department || s.SupervisingDepartment == department);
        }

        if (!string.IsNullOrWhiteSpace(query.Severity))
        {
            sheets = query.Severity switch
            {
                FindingSeverity.Error => sheets.Where(s => s.ErrorCount > 0),
                FindingSeverity.Warning => sheets.Where(s => s.WarningCount > 0),
                FindingSeverity.Info => sheets.Where(s => s.InfoCount > 0),
                _ => sheets.Where(s => false),
            };
        }

        if (query.Kind is { } kind)
        {
            sheets = sheets.Where(s => s.Kind == kind);
        }

        return sheets;
    }

    private static IQueryable<SheetEntity> Matching(JixiaoDbContext db, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return db.Sheets;
        }

        var pattern = "%" + EscapeLike(text) + "%";
        if (db.Provider == DatabaseProvider.Postgres)
        {
            return db.Sheets.Where(s => EF.Functions.ILike(s.SearchText, pattern, "\\"));
        }

        if (text.EnumerateRunes().Count() < 3)
        {
            // The trigram index needs three characters; shorter text is looked for row by row.
            return db.Sheets.Where(s => EF.Functions.Like(s.SearchText, pattern, "\\"));
        }

        var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return db.Sheets.FromSql($"SELECT * FROM sheets WHERE id IN (SELECT rowid FROM sheet_search WHERE sheet_search MATCH {phrase})");
    }

    private static IQueryable<SheetEntity> Sorted(IQueryable<SheetEntity> sheets, SheetQuery query)
    {
        // Unknown values last in either direction, on both providers (they disagree by default).
        var sorted = query.Sort switch
        {
            SheetSort.FiscalYear => By(sheets.OrderBy(s => s.FiscalYear == null), s => s.FiscalYear, query.Descending),
            SheetSort.Department => By(sheets.OrderBy(s => s.Department == null), s => s.Department, query.Descending),
            SheetSort.ProjectName => By(sheets.OrderBy(s => s.ProjectName == null), s => s.ProjectName, query.Descending),
            SheetSort.BudgetWan => By(sheets.OrderBy(s => s.BudgetWan == null), s => s.BudgetWan, query.Descending),
            SheetSort.SavedAt => query.Descending ? sheets.OrderByDescending(s => s.SavedAt) : sheets.OrderBy(s => s.SavedAt),
            _ => query.Descending ? sheets.OrderByDescending(s => s.Id) : sheets.OrderBy(s => s.Id),
        };

        // Ties broken by id so that pages neither repeat nor skip a sheet.
        return query.Descending ? sorted.ThenByDescending(s => s.Id) : sorted.ThenBy(s => s.Id);
    }

    private static IOrderedQueryable<SheetEntity> By<TKey>(IOrderedQueryable<SheetEntity> sheets, System.Linq.Expressions.Expression<Func<SheetEntity, TKey>> key, bool descending) =>
        descending ? sheets.ThenByDescending(key) : sheets.ThenBy(key);

    private static string EscapeLike(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);
}
