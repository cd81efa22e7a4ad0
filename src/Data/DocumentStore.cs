using System.Security.Cryptography;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A file as uploaded, with the region its sheets belong to where known.</summary>
public sealed record DocumentUpload(string FileName, byte[] Content)
{
    /// <summary>The media type; guessed from the file name when not given.</summary>
    public string? MediaType { get; init; }

    /// <summary>财政区划 code (6 digits) of the sheets.</summary>
    public string? RegionCode { get; init; }

    /// <summary>The region's name; needed when the code is not stored yet.</summary>
    public string? RegionName { get; init; }

    /// <summary>Who imports it, for the audit trail; the system (samples, the CLI) when not given.</summary>
    public Actor? ImportedBy { get; init; }

    /// <summary>
    /// The organisation that owns the sheets (a 单位填报 importing its own tables): a sheet that does not
    /// name it among its 主管部门 / 部门 / 单位 is linked to it as its unit, so it stays in its owner's scope.
    /// </summary>
    public long? OwnerOrganisationId { get; init; }
}

public sealed record SavedDocument(long DocumentId, IReadOnlyList<long> SheetIds);

/// <summary>Stores an imported document with its sheets, all or nothing.</summary>
public static class DocumentStore
{
    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The stored document with exactly these bytes, if any.</summary>
    public static async Task<long?> FindByHashAsync(JixiaoDbContext db, byte[] content, CancellationToken ct = default)
    {
        var hash = Sha256Of(content);
        var ids = await db.Documents.Where(d => d.Sha256 == hash).Select(d => d.Id).ToListAsync(ct);
        return ids.Count > 0 ? ids[0] : null;
    }

    /// <summary>
    /// The stored document with exactly these bytes, else the one with the same text in another encoding
    /// (<see cref="ImportedDocument.TextSha256"/>), if any.
    /// </summary>
    public static async Task<long?> FindDuplicateAsync(JixiaoDbContext db, byte[] content, string? textSha256, CancellationToken ct = default)
    {
        var same = await FindByHashAsync(db, content, ct);
        if (same is not null || textSha256 is null)
        {
            return same;
        }

        var ids = await db.Documents.Where(d => d.TextSha256 == textSha256).Select(d => d.Id).ToListAsync(ct);
        return ids.Count > 0 ? ids[0] : null;
    }

    /// <summary>
    /// Saves the file, its original bytes and what reading it produced, in one transaction.
    /// Identical bytes, or the same text in another encoding, already stored are refused with <see cref="DataErrorCode.DuplicateDocument"/>.
    /// </summary>
    public static Task<DataResult<SavedDocument>> SaveAsync(JixiaoDbContext db, DocumentUpload upload, ImportedDocument document, CancellationToken ct = default) =>
        StoreAsync(db, upload, document, null, ct);

    /// <summary>
    /// Saves the file and what was read from it (as <see cref="SaveAsync"/>) together with the
    /// findings of its review — of each sheet, and of the document as a whole — in one transaction:
    /// a document is never stored without its findings.
    /// The review must be of <paramref name="review"/>'s document, sheet for sheet.
    /// </summary>
    public static Task<DataResult<SavedDocument>> SaveReviewedAsync(JixiaoDbContext db, DocumentUpload upload, DocumentReview review, CancellationToken ct = default) =>
        StoreAsync(db, upload, review.Document, review, ct);

    /// <summary>
    /// Linear in the document's size and short on locks: the checks read, the whole document
    /// (sheets, lists, snapshots, findings) is built in memory (<see cref="DocumentGraph"/>), then
    /// the sheets are written in chunks that commit one by one (<see cref="SheetChunks"/>): the first
    /// with the document row, its region, organisations and document-level rows, the document
    /// <see cref="DocumentState.Saving"/> until the last chunk marks it stored. Other writers wait at most one chunk;
    /// readers see nothing of the document until it is whole. A save that fails or is cancelled
    /// removes what it wrote; one killed leaves a document no query finds, removed by
    /// <see cref="DocumentSaves"/>. Inside a transaction of the caller's, everything is written in it at once.
    /// </summary>
    private static async Task<DataResult<SavedDocument>> StoreAsync(JixiaoDbContext db, DocumentUpload upload, ImportedDocument document, DocumentReview? review, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(upload.FileName))
        {
            return DataResult<SavedDocument>.Fail(DataErrorCode.InvalidFileName, "文件名不能为空", "the file name is empty");
        }

        if (upload.Content.Length == 0)
        {
            return DataResult<SavedDocument>.Fail(DataErrorCode.EmptyDocument, "文件为空", "the file is empty");
        }

        if (await FindDuplicateAsync(db, upload.Content, document.TextSha256, ct) is { } existing)
        {
            return Duplicate(existing);
        }

        // An interrupted save of the same file is removed; one still running is answered as such.
        if (await DocumentSaves.MakeWayAsync(db, Sha256Of(upload.Content), document.TextSha256, ct) is { } saving)
        {
            return saving;
        }

        var region = await Regions.ResolveAsync(db, upload.RegionCode, upload.RegionName, ct);
        if (region.Error is { } regionError)
        {
            return regionError;
        }

        var entity = DocumentGraph.Build(upload, document, review, region.Value, db.Clock.GetUtcNow());
        await new OrganisationLinks(db, region.Value).LinkAsync(entity.Sheets, ct);
        if (upload.OwnerOrganisationId is { } owner)
        {
            await OwnAsync(db, entity.Sheets, owner, ct);
        }

        // The sheets are written in bulk, not tracked; the document row and what it names by SaveChanges.
        var sheets = entity.Sheets;
        entity.Sheets = [];
        try
        {
            var actor = upload.ImportedBy ?? Actor.System();
            await SheetChunks.WriteAsync(db, entity, sheets, id => AuditTrail.Record(db, actor, AuditTrail.Actions.Import,
                $"导入文档“{upload.FileName}”（{sheets.Count} 张目标表）", null, id, new { file = upload.FileName, sha256 = entity.Sha256, sheets = sheets.Count }), ct);
        }
        catch (DbUpdateException) when (db.Database.CurrentTransaction is null)
        {
            // Someone may have stored, or be storing, the same bytes (or text) between our check and our save.
            if (await FindDuplicateAsync(db, upload.Content, document.TextSha256, ct) is { } raced)
            {
                return Duplicate(raced);
            }

            if (await DocumentSaves.MakeWayAsync(db, Sha256Of(upload.Content), document.TextSha256, ct) is { } racing)
            {
                return racing;
            }

            throw;
        }

        return DataResult<SavedDocument>.Ok(new SavedDocument(entity.Id, [.. sheets.Select(s => s.Id)]));
    }

    private static async Task OwnAsync(JixiaoDbContext db, List<Entities.SheetEntity> sheets, long owner, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == owner, ct);
        foreach (var sheet in sheets.Where(s => s.UnitOrganisation != organisation && s.DepartmentOrganisation != organisation && s.SupervisingDepartmentOrganisation != organisation))
        {
            sheet.UnitOrganisation = organisation;
        }
    }

    /// <summary>The document as it was imported: its sheets, unplaced rows and declared totals.</summary>
    public static async Task<DataResult<ImportedDocument>> LoadAsync(JixiaoDbContext db, long documentId, CancellationToken ct = default)
    {
        var loaded = await LoadWithSheetsAsync(db, documentId, ct);
        return loaded.Error is { } error ? error : DataResult<ImportedDocument>.Ok(loaded.Value!.Document);
    }

    /// <summary>The document as <see cref="LoadAsync"/> gives it, with the stored rows of its sheets in the same order (ids, versions, regions).</summary>
    internal static async Task<DataResult<(ImportedDocument Document, List<Entities.SheetEntity> Sheets)>> LoadWithSheetsAsync(JixiaoDbContext db, long documentId, CancellationToken ct)
    {
        var entity = await db.Documents.AsNoTracking()
            .Include(d => d.Unplaced)
            .Include(d => d.Totals)
            .Include(d => d.Warnings)
            .SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (entity is null)
        {
            return DataResult<(ImportedDocument, List<Entities.SheetEntity>)>.Fail(DataErrorCode.NotFound, $"找不到文档 {documentId}", $"document {documentId} not found");
        }

        var sheets = await db.Sheets.AsNoTracking().WithParts().Where(s => s.DocumentId == documentId).OrderBy(s => s.Ordinal).ToListAsync(ct);
        return DataResult<(ImportedDocument, List<Entities.SheetEntity>)>.Ok((new ImportedDocument(
            entity.Source,
            [.. sheets.Select(SheetMapper.ToSheet)],
            [.. entity.Unplaced.OrderBy(u => u.Ordinal).Select(SheetMapper.ToUnplaced)])
        {
            Totals = [.. entity.Totals.OrderBy(t => t.Ordinal).Select(t => new DeclaredTotal(t.Label, new Money(t.Amount, t.Unit), SourcePosition.Parse(t.Position)))],
            Warnings = [.. entity.Warnings.OrderBy(w => w.Ordinal).Select(w => new DocumentWarning(w.Code, SourcePosition.Parse(w.Position), w.Text))],
        }, sheets));
    }

    private static DataError Duplicate(long existing) => new(
        DataErrorCode.DuplicateDocument, $"该文件已导入（文档 {existing}）", $"identical bytes are already stored as document {existing}")
    {
        ExistingId = existing,
    };
}
