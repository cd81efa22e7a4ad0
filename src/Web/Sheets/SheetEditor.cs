using Jixiao.Core.Framework;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Web.Sheets;

/// <summary>
/// The editor page's state: the draft, the last changes (for 撤销), and after every change the
/// draft checked (<see cref="SheetEdits.Check"/>) and reviewed (with the region's <see cref="RuleEngine"/>), so the
/// page only renders. Saving goes through <see cref="SheetEdits.SaveAsync"/> like the API.
/// </summary>
public sealed partial class SheetEditor
{
    public const int UndoDepth = 100;

    private readonly LinkedList<SheetDraft> undo = new();

    /// <param name="rules">The engine of the sheet's region's rule set, the one the sheet page reviews with by default.</param>
    /// <param name="place">Where the sheet stands in its document, as the sheet page reviews it (null: a sheet of its own).</param>
    public SheetEditor(TargetSheet stored, int version, RuleEngine rules, SheetPlace? place = null)
    {
        Rules = rules;
        Place = place;
        Stored = stored;
        Version = version;
        Draft = SheetDraft.Of(stored);
        Check = SheetEdits.Check(Draft, stored);
        Findings = Rules.Review(Check.Sheet, Place);
    }

    /// <summary>What the draft is reviewed with: the sheet's region's rule set, as on the sheet page and in the stored findings.</summary>
    public RuleEngine Rules { get; }

    /// <summary>Where the sheet stands in its document: the draft is reviewed in it, as the stored sheet is.</summary>
    public SheetPlace? Place { get; }

    public TargetSheet Stored { get; private set; }

    /// <summary>The version the draft was loaded at; a save must name it.</summary>
    public int Version { get; private set; }

    public SheetDraft Draft { get; private set; }

    public EditCheck Check { get; private set; }

    /// <summary>The review of the draft as it stands.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; }

    public bool CanUndo => undo.Count > 0;

    /// <summary>Whether there are changes not yet saved.</summary>
    public bool IsDirty { get; private set; }

    public IReadOnlyList<IndicatorDraft> Rows => Draft.Indicators;

    /// <summary>Applies a change; one step for 撤销 unless it changes nothing.</summary>
    public void Edit(Func<SheetDraft, SheetDraft> change)
    {
        var next = change(Draft);
        if (ReferenceEquals(next, Draft) || next == Draft)
        {
            return;
        }

        undo.AddLast(Draft);
        if (undo.Count > UndoDepth)
        {
            undo.RemoveFirst();
        }

        Draft = next;
        IsDirty = true;
        Recheck();
    }

    /// <summary>撤销: back to the draft before the last change.</summary>
    public bool Undo()
    {
        if (undo.Last is not { } last)
        {
            return false;
        }

        undo.RemoveLast();
        Draft = last.Value;
        IsDirty = undo.Count > 0;
        Recheck();
        return true;
    }

    /// <summary>After a save: the saved sheet becomes the one edited, at its new version.</summary>
    public void Saved(TargetSheet sheet, int version)
    {
        Stored = sheet;
        Version = version;
        Draft = SheetDraft.Of(sheet);
        undo.Clear();
        IsDirty = false;
        Recheck();
    }

    public string? ErrorOf(string key) => Check.Errors.TryGetValue(key, out var messages) ? string.Join("；", messages) : null;

    public static string RowKey(int row, string field) => $"indicators[{row.ToString(System.Globalization.CultureInfo.InvariantCulture)}].{field}";

    /// <summary>The findings about row <paramref name="row"/> of the draft.</summary>
    public IEnumerable<Finding> FindingsOf(int row) => row < Check.Sheet.Indicators.Count
        ? Findings.Where(f => f.AllRows.Contains(Check.Sheet.Indicators[row], ReferenceEqualityComparer.Instance))
        : [];

    /// <summary>The row a finding is about, or null for the sheet as a whole.</summary>
    public int? RowOf(Finding finding)
    {
        for (var i = 0; finding.Indicator is not null && i < Check.Sheet.Indicators.Count; i++)
        {
            if (ReferenceEquals(Check.Sheet.Indicators[i], finding.Indicator))
            {
                return i;
            }
        }

        return null;
    }

    public IReadOnlyList<string> Level1Options => [.. DraftRows.Level1Names(Stored.Framework)];

    /// <summary>The 二级指标 offered for a 一级指标: the framework's children of it.</summary>
    public IReadOnlyList<string> Level2Options(string? level1) =>
        IndicatorFramework.Recognise(level1, Stored.Framework) is { IsLevel1: true } match
            ? [.. IndicatorFramework.Children(match.Category.Name, Stored.Framework).Select(c => c.Name)]
            : [];

    public void SetHeader(Func<SheetDraft, SheetDraft> change) => Edit(change);

    private void Recheck()
    {
        Check = SheetEdits.Check(Draft, Stored);
        Findings = Rules.Review(Check.Sheet, Place);
    }
}
