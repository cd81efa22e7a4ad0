using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// Reviews a stored sheet on its own the way the review of its whole document reviews it (docs/decisions/022): the
/// sheet's rules with its <see cref="SheetPlace"/> in the document (read from the stored document: its file name, its
/// sheets in order and their project names), and the findings the document's rules gave it when the document was last
/// reviewed whole, as stored. Its page, an edit, the submit check and the import then agree.
/// </summary>
public static class SheetReviews
{
    /// <summary>Where sheet <paramref name="sheetId"/> stands in document <paramref name="documentId"/> as stored now.</summary>
    public static async Task<SheetPlace> PlaceAsync(JixiaoDbContext db, long sheetId, long documentId, CancellationToken ct = default) =>
        (await ReadAsync(db, sheetId, documentId, ct)).Place;

    /// <summary>
    /// The review of the stored sheet by <paramref name="engine"/>: its rules' findings in its place, and the stored
    /// findings of the document's rules on it when they are the same rule set's.
    /// </summary>
    public static Task<IReadOnlyList<Finding>> ReviewAsync(JixiaoDbContext db, RuleEngine engine, StoredSheet stored, CancellationToken ct = default) =>
        ReviewAsync(db, engine, stored.Id, stored.DocumentId, stored.Sheet, ct);

    /// <summary>As <see cref="ReviewAsync(JixiaoDbContext, RuleEngine, StoredSheet, CancellationToken)"/>, for sheet <paramref name="sheetId"/> of document <paramref name="documentId"/> as loaded.</summary>
    public static async Task<IReadOnlyList<Finding>> ReviewAsync(JixiaoDbContext db, RuleEngine engine, long sheetId, long documentId, TargetSheet sheet, CancellationToken ct = default)
    {
        var (place, stamp) = await ReadAsync(db, sheetId, documentId, ct);
        var fromDocument = stamp == engine.RuleSet.Stamp ? await FromDocumentAsync(db, sheetId, sheet, ct) : [];
        return engine.Review(sheet, place, fromDocument);
    }

    /// <summary>The sheet's place, and the stamp of the rule set its stored findings were made with.</summary>
    private static async Task<(SheetPlace Place, string Stamp)> ReadAsync(JixiaoDbContext db, long sheetId, long documentId, CancellationToken ct)
    {
        var source = await db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => d.Source).SingleOrDefaultAsync(ct) ?? "";
        var sheets = await db.Sheets.AsNoTracking().Where(s => s.DocumentId == documentId).OrderBy(s => s.Ordinal)
            .Select(s => new { s.Id, s.Kind, s.ProjectName, s.FindingsRuleSet }).ToListAsync(ct);
        var index = sheets.FindIndex(s => s.Id == sheetId);
        var place = new SheetPlace(source, index < 0 ? sheets.Count : index, index < 0 ? sheets.Count + 1 : sheets.Count,
            SheetPlace.ProjectNamesOf(sheets.Select(s => (s.Kind, s.ProjectName))));
        return (place, (index < 0 ? null : sheets[index].FindingsRuleSet) ?? RuleSet.Default.Stamp);
    }

    /// <summary>The stored findings of the document's rules on the sheet, on its rows (a row no longer there: on the sheet).</summary>
    private static async Task<IReadOnlyList<Finding>> FromDocumentAsync(JixiaoDbContext db, long sheetId, TargetSheet sheet, CancellationToken ct)
    {
        var ids = RuleEngine.DocumentRuleIds.ToList();
        var found = await db.ReviewFindings.AsNoTracking().Where(f => f.SheetId == sheetId && ids.Contains(f.RuleId)).OrderBy(f => f.Id).ToListAsync(ct);
        if (found.Count == 0)
        {
            return [];
        }

        var rows = (await db.Indicators.AsNoTracking().Where(i => i.SheetId == sheetId).OrderBy(i => i.Ordinal).Select(i => i.Id).ToListAsync(ct))
            .Select((id, ordinal) => (id, ordinal)).ToDictionary(r => r.id, r => r.ordinal);
        return [.. found.Select(f => new Finding(
            f.RuleId,
            SeverityText.TryParse(f.Severity, out var severity) ? severity : Severity.Info,
            sheet,
            f.IndicatorId is { } id && rows.TryGetValue(id, out var row) && row < sheet.Indicators.Count ? sheet.Indicators[row] : null,
            SourcePosition.TryParse(f.Position, out var position) ? position : default,
            f.Message,
            f.Why ?? "",
            f.Fix))];
    }
}
