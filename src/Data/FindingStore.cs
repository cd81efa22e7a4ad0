using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>How many findings of each severity a sheet has, as last reviewed.</summary>
public sealed record FindingCounts(int Errors, int Warnings, int Infos)
{
    public static readonly FindingCounts None = new(0, 0, 0);
}

/// <summary>
/// The review findings stored with a sheet: a review replaces the previous one as a whole, so the
/// stored findings are always those of one run of the rules over the stored sheet.
/// </summary>
public static class FindingStore
{
    /// <summary>
    /// Replaces the sheet's findings by <paramref name="findings"/>, a review of
    /// <paramref name="sheet"/> (the sheet as stored: its indicators are matched to the stored rows by
    /// their place in the list) with the rule set named <paramref name="ruleSet"/> (null: the shipped default).
    /// One transaction: the old findings stay if the new ones cannot be saved.
    /// </summary>
    public static async Task<DataResult<int>> ReplaceAsync(JixiaoDbContext db, long sheetId, TargetSheet sheet, IReadOnlyList<Finding> findings, string? ruleSet, CancellationToken ct = default)
    {
        if (!await db.Sheets.AnyAsync(s => s.Id == sheetId, ct))
        {
            return DataResult<int>.Fail(DataErrorCode.NotFound, $"找不到绩效目标表 {sheetId}", $"sheet {sheetId} not found");
        }

        // Its own transaction, or the caller's (a document saved with its findings).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await WriteAsync(db, db.Sheets.Where(s => s.Id == sheetId), sheetId, sheet, findings, ruleSet ?? RuleSet.Default.Stamp, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return DataResult<int>.Ok(findings.Count);
    }

    /// <summary>As <see cref="ReplaceAsync(JixiaoDbContext, long, TargetSheet, IReadOnlyList{Finding}, string?, CancellationToken)"/>, for a review by the shipped default.</summary>
    public static Task<DataResult<int>> ReplaceAsync(JixiaoDbContext db, long sheetId, TargetSheet sheet, IReadOnlyList<Finding> findings, CancellationToken ct = default) =>
        ReplaceAsync(db, sheetId, sheet, findings, null, ct);

    /// <summary>
    /// As <see cref="ReplaceAsync(JixiaoDbContext, long, TargetSheet, IReadOnlyList{Finding}, string?, CancellationToken)"/>, in the caller's transaction, but only while the sheet is still at
    /// <paramref name="version"/> (the one reviewed): false, and nothing written, when an edit came between.
    /// The sheet's row is updated first, so on PostgreSQL an edit in progress is waited for, then seen.
    /// </summary>
    internal static async Task<bool> ReplaceAtVersionAsync(JixiaoDbContext db, long sheetId, int version, TargetSheet sheet, IReadOnlyList<Finding> findings, string ruleSet, CancellationToken ct) =>
        await WriteAsync(db, db.Sheets.Where(s => s.Id == sheetId && s.Version == version), sheetId, sheet, findings, ruleSet, ct);

    /// <summary>The counts and rule set on the sheet's row (when <paramref name="row"/> finds it), then its findings in place of the old ones.</summary>
    private static async Task<bool> WriteAsync(JixiaoDbContext db, IQueryable<SheetEntity> row, long sheetId, TargetSheet sheet, IReadOnlyList<Finding> findings, string ruleSet, CancellationToken ct)
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        if (await row.ExecuteUpdateAsync(u => u.SetProperty(s => s.ErrorCount, errors).SetProperty(s => s.WarningCount, warnings)
            .SetProperty(s => s.InfoCount, infos).SetProperty(s => s.FindingsRuleSet, ruleSet), ct) == 0)
        {
            return false;
        }

        var indicatorIds = await db.Indicators.Where(i => i.SheetId == sheetId).OrderBy(i => i.Ordinal).Select(i => i.Id).ToListAsync(ct);
        var ordinals = Ordinals(sheet.Indicators);
        var now = db.Clock.GetUtcNow();
        await db.ReviewFindings.Where(f => f.SheetId == sheetId).ExecuteDeleteAsync(ct);
        foreach (var finding in findings)
        {
            long? indicatorId = finding.Indicator is { } indicator && ordinals.TryGetValue(indicator, out var ordinal) && ordinal < indicatorIds.Count
                ? indicatorIds[ordinal]
                : null;
            var entity = Entity(finding, now);
            (entity.SheetId, entity.IndicatorId) = (sheetId, indicatorId);
            db.ReviewFindings.Add(entity);
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Reviews the stored sheet with <paramref name="engine"/> after an edit and stores its findings (and the engine's rule
    /// set) in place of the old ones. The sheet is reviewed in its whole document, as on import (docs/decisions/022): what the
    /// document's rules say depends on every sheet of it, so an edit that removes a copied row or a duplicated project also
    /// removes their findings, on this sheet and on the document's other sheets reviewed with the same rule set (each written
    /// only while still at the version read, as the region's re-review does), and the findings about the document as a whole.
    /// In the caller's transaction when there is one, else in its own.
    /// </summary>
    public static async Task<DataResult<IReadOnlyList<Finding>>> ReviewAsync(JixiaoDbContext db, long sheetId, RuleEngine engine, CancellationToken ct = default)
    {
        var documentId = await db.Sheets.AsNoTracking().Where(s => s.Id == sheetId).Select(s => (long?)s.DocumentId).SingleOrDefaultAsync(ct);
        if (documentId is null)
        {
            return DataResult<IReadOnlyList<Finding>>.Fail(DataErrorCode.NotFound, $"找不到绩效目标表 {sheetId}", $"sheet {sheetId} not found");
        }

        var loaded = await DocumentStore.LoadWithSheetsAsync(db, documentId.Value, ct);
        if (loaded.Error is { } error)
        {
            return error;
        }

        var (document, rows) = loaded.Value;
        var index = rows.FindIndex(r => r.Id == sheetId);
        var review = engine.Review(document);
        var stamp = engine.RuleSet.Stamp;

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await WriteAsync(db, db.Sheets.Where(s => s.Id == sheetId), sheetId, document.Sheets[index], review.Sheets[index].Findings, stamp, ct);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i != index && rows[i].FindingsRuleSet == stamp)
            {
                await ReplaceAtVersionAsync(db, rows[i].Id, rows[i].Version, document.Sheets[i], review.Sheets[i].Findings, stamp, ct);
            }
        }

        await ReplaceForDocumentAsync(db, documentId.Value, review.DocumentFindings, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return DataResult<IReadOnlyList<Finding>>.Ok(review.Sheets[index].Findings);
    }

    /// <summary>The stored findings of a sheet, errors first, in the order the review gave them.</summary>
    public static Task<List<ReviewFindingEntity>> ListAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default) =>
        db.ReviewFindings.AsNoTracking().Where(f => f.SheetId == sheetId).OrderBy(f => f.Id).ToListAsync(ct);

    /// <summary>The stored findings about a document as a whole (DOC-*), errors first.</summary>
    public static async Task<List<DocumentFindingEntity>> ListForDocumentAsync(JixiaoDbContext db, long documentId, CancellationToken ct = default)
    {
        var findings = await db.DocumentFindings.AsNoTracking().Where(f => f.DocumentId == documentId).OrderBy(f => f.Id).ToListAsync(ct);
        return [.. findings.OrderByDescending(f => SeverityText.TryParse(f.Severity, out var severity) ? severity : Severity.Info)];
    }

    /// <summary>A stored document finding as the review engine reports findings (no sheet, no indicator).</summary>
    public static Finding ToFinding(DocumentFindingEntity stored) => new(
        stored.RuleId,
        SeverityText.TryParse(stored.Severity, out var severity) ? severity : Severity.Info,
        null,
        null,
        SourcePosition.TryParse(stored.Position, out var position) ? position : default,
        stored.Message,
        stored.Why ?? "",
        stored.Fix);

    /// <summary>A finding as stored, without its sheet and indicator: the caller links those.</summary>
    internal static ReviewFindingEntity Entity(Finding finding, DateTimeOffset now) => new()
    {
        RuleId = finding.RuleId,
        Severity = finding.Severity.Code(),
        IndicatorName = finding.Indicator?.Name,
        Position = finding.Position.ToString(),
        Message = finding.Message,
        Why = finding.Why,
        Fix = finding.Fix,
        ReviewedAt = now,
    };

    /// <summary>A finding about a document as a whole as stored, without its document: the caller links it.</summary>
    internal static DocumentFindingEntity DocumentEntity(Finding finding, DateTimeOffset now) => new()
    {
        RuleId = finding.RuleId,
        Severity = finding.Severity.Code(),
        Position = finding.Position.ToString(),
        Message = finding.Message,
        Why = finding.Why,
        Fix = finding.Fix,
        ReviewedAt = now,
    };

    /// <summary>Replaces the findings about document <paramref name="documentId"/> as a whole, in the caller's transaction.</summary>
    internal static async Task ReplaceForDocumentAsync(JixiaoDbContext db, long documentId, IReadOnlyList<Finding> findings, CancellationToken ct)
    {
        await db.DocumentFindings.Where(f => f.DocumentId == documentId).ExecuteDeleteAsync(ct);
        var now = db.Clock.GetUtcNow();
        foreach (var finding in findings)
        {
            var entity = DocumentEntity(finding, now);
            entity.DocumentId = documentId;
            db.DocumentFindings.Add(entity);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Each indicator's place in its sheet's list, by reference: how a finding finds its stored row.</summary>
    internal static Dictionary<Indicator, int> Ordinals(IReadOnlyList<Indicator> indicators)
    {
        var ordinals = new Dictionary<Indicator, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < indicators.Count; i++)
        {
            ordinals.TryAdd(indicators[i], i);
        }

        return ordinals;
    }
}
