using System.Security.Cryptography;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data.Entities;
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
    public static async Task<DataResult<SavedDocument>> SaveAsync(JixiaoDbContext db, DocumentUpload upload, ImportedDocument document, CancellationToken ct = default)
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

        var region = await Regions.ResolveAsync(db, upload.RegionCode, upload.RegionName, ct);
        if (region.Error is { } regionError)
        {
            return regionError;
        }

        var now = db.Clock.GetUtcNow();
        var entity = new SourceDocumentEntity
        {
            FileName = upload.FileName,
            MediaType = upload.MediaType ?? MediaTypes.FromFileName(upload.FileName),
            Source = document.Source,
            Content = upload.Content,
            Sha256 = Sha256Of(upload.Content),
            TextSha256 = document.TextSha256,
            SizeBytes = upload.Content.LongLength,
            ImportedAt = now,
        };
        for (var i = 0; i < document.Sheets.Count; i++)
        {
            var sheet = new SheetEntity { Ordinal = i, Position = "", SearchText = "", Region = region.Value, Version = 1, SavedAt = now };
            SheetMapper.Apply(document.Sheets[i], sheet, _ => { });
            SheetSnapshots.Attach(sheet);
            entity.Sheets.Add(sheet);
        }

        ListSync.Sync(entity.Unplaced, document.Unplaced, e => e.Ordinal, () => new UnplacedRowEntity { Position = "", Text = "", Reason = "" }, SheetMapper.ApplyUnplaced, _ => { });
        for (var i = 0; i < document.Totals.Count; i++)
        {
            var total = document.Totals[i];
            entity.Totals.Add(new DeclaredTotalEntity
            {
                Ordinal = i, Label = total.Label, Amount = total.Amount.Amount, Unit = total.Amount.Unit, Position = total.Position.ToString(),
            });
        }

        await new OrganisationLinks(db, region.Value).LinkAsync(entity.Sheets, ct);
        db.Documents.Add(entity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone may have stored the same bytes (or text) between our check and our save.
            if (await FindDuplicateAsync(db, upload.Content, document.TextSha256, ct) is { } raced)
            {
                return Duplicate(raced);
            }

            throw;
        }

        return DataResult<SavedDocument>.Ok(new SavedDocument(entity.Id, [.. entity.Sheets.Select(s => s.Id)]));
    }

    /// <summary>
    /// Saves the file and what was read from it (as <see cref="SaveAsync"/>) together with the
    /// findings of its review — of each sheet, and of the document as a whole — in one transaction:
    /// a document is never stored without its findings.
    /// The review must be of <paramref name="review"/>'s document, sheet for sheet.
    /// </summary>
    public static async Task<DataResult<SavedDocument>> SaveReviewedAsync(JixiaoDbContext db, DocumentUpload upload, DocumentReview review, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var saved = await SaveAsync(db, upload, review.Document, ct);
        if (saved.Value is not { } value)
        {
            return saved;
        }

        for (var i = 0; i < value.SheetIds.Count && i < review.Sheets.Count; i++)
        {
            var replaced = await FindingStore.ReplaceAsync(db, value.SheetIds[i], review.Sheets[i].Sheet, review.Sheets[i].Findings, ct);
            if (replaced.Error is { } error)
            {
                return error;
            }
        }

        var now = db.Clock.GetUtcNow();
        db.DocumentFindings.AddRange(review.DocumentFindings.Select(f => new DocumentFindingEntity
        {
            DocumentId = value.DocumentId,
            RuleId = f.RuleId,
            Severity = f.Severity.Code(),
            Position = f.Position.ToString(),
            Message = f.Message,
            Why = f.Why,
            Fix = f.Fix,
            ReviewedAt = now,
        }));
        await db.SaveChangesAsync(ct);

        await transaction.CommitAsync(ct);
        return saved;
    }

    /// <summary>The document as it was imported: its sheets, unplaced rows and declared totals.</summary>
    public static async Task<DataResult<ImportedDocument>> LoadAsync(JixiaoDbContext db, long documentId, CancellationToken ct = default)
    {
        var entity = await db.Documents.AsNoTracking()
            .Include(d => d.Unplaced)
            .Include(d => d.Totals)
            .SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (entity is null)
        {
            return DataResult<ImportedDocument>.Fail(DataErrorCode.NotFound, $"找不到文档 {documentId}", $"document {documentId} not found");
        }

        var sheets = await db.Sheets.AsNoTracking().WithParts().Where(s => s.DocumentId == documentId).OrderBy(s => s.Ordinal).ToListAsync(ct);
        return DataResult<ImportedDocument>.Ok(new ImportedDocument(
            entity.Source,
            [.. sheets.Select(SheetMapper.ToSheet)],
            [.. entity.Unplaced.OrderBy(u => u.Ordinal).Select(SheetMapper.ToUnplaced)])
        {
            Totals = [.. entity.Totals.OrderBy(t => t.Ordinal).Select(t => new DeclaredTotal(t.Label, new Money(t.Amount, t.Unit), SourcePosition.Parse(t.Position)))],
        });
    }

    private static DataError Duplicate(long existing) => new(
        DataErrorCode.DuplicateDocument, $"该文件已导入（文档 {existing}）", $"identical bytes are already stored as document {existing}")
    {
        ExistingId = existing,
    };
}
