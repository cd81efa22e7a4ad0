using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;

namespace Jixiao.Data;

/// <summary>
/// A document to store, built as one graph of new entities before anything is written: its
/// sheets with every list, each sheet's snapshot and, when reviewed, each sheet's findings (linked
/// to the indicator rows they are about) and the document's own. The save then adds the graph once
/// and writes it in one short transaction; nothing here touches the database.
/// </summary>
internal static class DocumentGraph
{
    public static SourceDocumentEntity Build(DocumentUpload upload, ImportedDocument document, DocumentReview? review, RegionEntity? region, DateTimeOffset now)
    {
        var entity = new SourceDocumentEntity
        {
            FileName = upload.FileName,
            MediaType = upload.MediaType ?? MediaTypes.FromFileName(upload.FileName),
            Source = document.Source,
            Content = upload.Content,
            Sha256 = DocumentStore.Sha256Of(upload.Content),
            TextSha256 = document.TextSha256,
            SizeBytes = upload.Content.LongLength,
            ImportedAt = now,
        };
        entity.Sheets.Capacity = document.Sheets.Count;
        for (var i = 0; i < document.Sheets.Count; i++)
        {
            var sheet = new SheetEntity { Ordinal = i, Position = "", SearchText = "", Region = region, Version = 1, SavedAt = now };
            SheetMapper.Apply(document.Sheets[i], sheet, _ => { });
            SheetSnapshots.Attach(sheet);
            if (review is not null && i < review.Sheets.Count)
            {
                AddFindings(sheet, review.Sheets[i], review.RuleSetStamp, now);
            }

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

        for (var i = 0; i < document.Warnings.Count; i++)
        {
            var warning = document.Warnings[i];
            entity.Warnings.Add(new DocumentWarningEntity { Ordinal = i, Code = warning.Code, Position = warning.Position.ToString(), Text = warning.Text });
        }

        foreach (var finding in review?.DocumentFindings ?? [])
        {
            entity.Findings.Add(FindingStore.DocumentEntity(finding, now));
        }

        return entity;
    }

    /// <summary>
    /// The sheet's findings as <see cref="FindingStore.ReplaceAsync"/> stores them: an indicator is
    /// matched to its row by its place in the reviewed sheet's list; the counts by severity and the rule set are kept.
    /// </summary>
    private static void AddFindings(SheetEntity sheet, SheetReview review, string ruleSet, DateTimeOffset now)
    {
        var ordinals = FindingStore.Ordinals(review.Sheet.Indicators);

        var rows = sheet.Indicators;
        foreach (var finding in review.Findings)
        {
            var row = finding.Indicator is { } indicator && ordinals.TryGetValue(indicator, out var ordinal) && ordinal < rows.Count ? rows[ordinal] : null;
            var entity = FindingStore.Entity(finding, now);
            entity.Indicator = row;
            sheet.Findings.Add(entity);
        }

        sheet.ErrorCount = review.Findings.Count(f => f.Severity == Severity.Error);
        sheet.WarningCount = review.Findings.Count(f => f.Severity == Severity.Warning);
        sheet.InfoCount = review.Findings.Count(f => f.Severity == Severity.Info);
        sheet.FindingsRuleSet = ruleSet;
    }
}
