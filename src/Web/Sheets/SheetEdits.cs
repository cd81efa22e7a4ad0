using System.Globalization;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data;

namespace Jixiao.Web.Sheets;

/// <summary>What checking a draft gave: the sheet it describes (as far as it can) and why it cannot be saved yet.</summary>
public sealed record EditCheck(TargetSheet Sheet, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

public enum EditOutcome
{
    Saved,
    Invalid,
    NotFound,
    Conflict,

    /// <summary>The sheet is submitted or approved: not editable in its state.</summary>
    Locked,
}

/// <summary>What saving an edit gave: the new version and review, or why it was refused.</summary>
public sealed record EditResult(EditOutcome Outcome, int? Version, TargetSheet? Sheet, IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, string[]> Errors, string? Message);

/// <summary>
/// Editing a stored sheet, for the API (PUT /api/sheets/{id}) and the editor page alike: a draft is
/// checked against the sheet it was loaded from and the framework, then saved all-or-nothing at the
/// version it was loaded at, and the stored review is replaced by a review of what was saved.
/// </summary>
public static class SheetEdits
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    /// <summary>
    /// The sheet <paramref name="draft"/> describes, built on <paramref name="stored"/> (fields a draft
    /// does not carry are kept, and so are the positions and details of rows it came from), with
    /// field errors keyed as in JSON (<c>year</c>, <c>indicators[3].value</c>), in Chinese.
    /// </summary>
    public static EditCheck Check(SheetDraft draft, TargetSheet stored)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var year = ParseYear(draft.Year, errors);
        var budget = ParseBudget(draft.BudgetWan, stored.Budget, errors);
        var goals = draft.Goals is null ? stored.Goals : DraftRows.Goals(draft.Goals, stored.Goals, errors);
        var indicators = new List<Indicator>(draft.Indicators.Count);
        for (var i = 0; i < draft.Indicators.Count; i++)
        {
            indicators.Add(DraftRows.Indicator(draft.Indicators[i], i, stored, errors));
        }

        var sheet = stored with
        {
            Title = Clean(draft.Title),
            Department = Clean(draft.Department),
            FiscalYear = year,
            ProjectName = Clean(draft.Project),
            ProjectCode = Clean(draft.Code),
            Budget = budget,
            Goals = goals,
            Indicators = indicators,
        };
        if (stored.Kind == SheetKind.Project && sheet.ProjectName is null)
        {
            errors["project"] = ["请填写项目名称：项目支出绩效目标表必须写明项目名称"];
        }

        // Last, so a field too long or holding a NUL is said as such (not quoted back in another message).
        FieldLimits.Check(draft, stored, errors);

        return new EditCheck(sheet, errors);
    }

    /// <summary>
    /// Checks <paramref name="draft"/>, then saves it over sheet <paramref name="id"/> if that is still at <paramref name="version"/>, and
    /// reviews it with <paramref name="rules"/>, the engine of the sheet's region's rule set (<see cref="RuleSetChoice.ForSheetAsync"/>).
    /// </summary>
    public static async Task<EditResult> SaveAsync(JixiaoDbContext db, Actor actor, SheetScope scope, long id, int version, SheetDraft draft, RuleEngine rules, CancellationToken ct = default)
    {
        var loaded = await SheetStore.LoadAsync(db, scope, id, ct);
        if (loaded.Value is not { } stored)
        {
            return Refused(EditOutcome.NotFound, loaded.Error?.MessageZh);
        }

        if (stored.Version != version)
        {
            return Refused(EditOutcome.Conflict, ConflictMessage(version, stored.Version));
        }

        var check = Check(draft, stored.Sheet);
        if (!check.IsValid)
        {
            return new EditResult(EditOutcome.Invalid, null, null, [], check.Errors, "目标表有需要更正的地方，未保存");
        }

        // The edit and its review are saved together: a sheet is never stored with the findings of its last version.
        // On SQLite the app's writers take turns, so an edit waits for the writes before it, not for luck.
        using var turn = await WriteTurns.TakeAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var saved = await SheetStore.UpdateAsync(db, actor, scope, id, version, check.Sheet, ct);
        if (saved.Error is { } error)
        {
            return error.Code switch
            {
                DataErrorCode.NotFound => Refused(EditOutcome.NotFound, error.MessageZh),
                DataErrorCode.WorkflowRefused => Refused(EditOutcome.Locked, error.MessageZh),
                _ => Refused(EditOutcome.Conflict, ConflictMessage(version, null)),
            };
        }

        var review = await FindingStore.ReviewAsync(db, id, rules, ct);
        await transaction.CommitAsync(ct);
        var reloaded = await SheetStore.LoadAsync(db, scope, id, ct);
        return new EditResult(EditOutcome.Saved, saved.Value, reloaded.Value?.Sheet, review.Value ?? [], new Dictionary<string, string[]>(), "已保存");
    }

    public static string ConflictMessage(int loaded, int? current) => current is { } now
        ? string.Create(CultureInfo.InvariantCulture, $"已被他人修改，请重新打开：您编辑的是第 {loaded} 版，现在已是第 {now} 版，您的修改未保存")
        : string.Create(CultureInfo.InvariantCulture, $"已被他人修改，请重新打开：您编辑的是第 {loaded} 版，保存时它已被修改，您的修改未保存");

    private static EditResult Refused(EditOutcome outcome, string? message) => new(outcome, null, null, [], new Dictionary<string, string[]>(), message);

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int? ParseYear(string? text, Dictionary<string, string[]> errors)
    {
        if (Clean(text) is not { } year)
        {
            return null;
        }

        if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= MinYear and <= MaxYear)
        {
            return value;
        }

        errors["year"] = [$"年度“{year}”无效：请填写 {MinYear}–{MaxYear} 之间的四位年份，如 2024"];
        return null;
    }

    private static Budget? ParseBudget(string? text, Budget? stored, Dictionary<string, string[]> errors)
    {
        if (Clean(text) is not { } wan)
        {
            return stored?.TotalWan is null ? stored : stored with { Total = null, CurrentYear = null };
        }

        if (!DraftRows.TryNumber(wan, out var amount) || amount < 0)
        {
            errors["budgetWan"] = [$"预算金额“{wan}”无效：请填写不小于 0 的金额（万元），如 1442.41"];
            return stored;
        }

        return stored?.TotalWan == amount ? stored : (stored ?? new Budget()) with { Total = Money.Wan(amount) };
    }
}
