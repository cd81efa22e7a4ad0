using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>
/// Where a sheet stands in the document it was read from: what the sheet rules that look beyond the sheet need.
/// Only the last sheet of a document that is a copied text may be cut (<see cref="Rules.Structure.SheetCut"/>),
/// and a key task is covered by a project sheet of the same document (GOAL-NOT-COVERED). Given the same place,
/// a sheet reviewed on its own (its page, the editor, an edit, the submit check) gets the findings it gets when its
/// document is reviewed whole (docs/decisions/022).
/// </summary>
/// <param name="Source">The document's file name, as read (its extension tells a copied text from a spreadsheet).</param>
/// <param name="Index">The sheet's place among the document's sheets, from 0.</param>
/// <param name="Count">How many sheets the document has.</param>
/// <param name="ProjectNames">The names of the document's project sheets (the sheet's own too, when it is one).</param>
public sealed record SheetPlace(string Source, int Index, int Count, IReadOnlyList<string> ProjectNames)
{
    /// <summary>Whether the sheet is the document's last: the one a cut of the text would cut.</summary>
    public bool IsLast => Index == Count - 1;

    /// <summary>The place of the document's sheet <paramref name="index"/>; <paramref name="projectNames"/> from <see cref="ProjectNamesOf"/>, read once per document.</summary>
    public static SheetPlace In(ImportedDocument document, int index, IReadOnlyList<string> projectNames) =>
        new(document.Source, index, document.Sheets.Count, projectNames);

    /// <summary>The names of the project sheets among <paramref name="sheets"/> (of more than one character), in order.</summary>
    public static IReadOnlyList<string> ProjectNamesOf(IEnumerable<(SheetKind Kind, string? ProjectName)> sheets) =>
        [.. sheets.Where(s => s.Kind == SheetKind.Project && s.ProjectName is { Length: > 1 }).Select(s => s.ProjectName!)];

    /// <summary>As <see cref="ProjectNamesOf(IEnumerable{ValueTuple{SheetKind, string}})"/> for a document's sheets: a loop, as the review of every document reads it.</summary>
    public static IReadOnlyList<string> ProjectNamesOf(IReadOnlyList<TargetSheet> sheets)
    {
        List<string>? names = null;
        for (var i = 0; i < sheets.Count; i++)
        {
            if (sheets[i] is { Kind: SheetKind.Project, ProjectName: { Length: > 1 } name })
            {
                (names ??= new List<string>(sheets.Count - i)).Add(name); // sized once: no list grown sheet by sheet
            }
        }

        return names is null ? [] : names;
    }
}
