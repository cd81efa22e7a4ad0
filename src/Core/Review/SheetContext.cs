using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>
/// One indicator row with what every rule needs computed once: its categories recognised in the
/// sheet's framework and what its name says it is.
/// </summary>
public sealed class IndicatorFacts
{
    internal IndicatorFacts(Indicator indicator, int index, FrameworkVersion framework, IndicatorFacts? previous) =>
        Read(indicator, index, framework, previous);

    /// <summary>
    /// Reads the row into these facts, every field of them: a new instance's, or one a thread reuses from its last
    /// review (<see cref="FactsPool"/>). <paramref name="previous"/> is the row above, read already.
    /// </summary>
    [MemberNotNull(nameof(Indicator), nameof(nameText))]
    internal void Read(Indicator indicator, int index, FrameworkVersion framework, IndicatorFacts? previous)
    {
        Indicator = indicator;
        Index = index;
        OtherForm = false;
        levelsMoved = false;

        // Rows of one category follow each other: a cell with the text of the row above is that row's category.
        var above = previous?.Indicator;
        Level1 = above is not null && string.Equals(above.Level1, indicator.Level1, StringComparison.Ordinal) ? previous!.RecognisedLevel1
            : CategoryCache.Recognise(indicator.Level1, framework);
        PlacedUnder = above is not null && string.Equals(above.PlacedUnder, indicator.PlacedUnder, StringComparison.Ordinal) ? previous!.PlacedUnder
            : CategoryCache.Recognise(indicator.PlacedUnder, framework);
        Level2 = above is not null && string.Equals(above.Level2, indicator.Level2, StringComparison.Ordinal) ? previous!.RecognisedLevel2
            : CategoryCache.Recognise(indicator.Level2, framework);
        if (Level1 is null && indicator.Level1.Length > 0)
        {
            if (Level2 is { Level: CategoryLevel.Level1 } effect && IndicatorFramework.HoldsLevel1Names(indicator.Level1))
            {
                // 实施效果指标 | 产出指标 | …: the level-2 cell carries the framework's level-1 category.
                (Level1, Level2, OtherForm, levelsMoved) = (effect, null, true, true);
            }
            else if (IndicatorFramework.IsInvestmentPlanGroup(indicator.Level1))
            {
                OtherForm = true;
            }
        }

        nameText = NameText.Of(indicator.Name);
        var name = NameClassifier.Classify(nameText, indicator.Value);
        (nameClass, nameConfidence, nameKeyword) = ((byte)name.Class, (byte)name.Confidence, name.Keyword);
        traits = ReadTraits();
    }

    private RowTraits traits;

    /// <summary>Lets go of the row once these facts are kept for a later review (<see cref="FactsPool.Return"/>): read again before any use.</summary>
    internal void Forget() => Indicator = null!;

    // What the name says, held as two bytes and the keyword rather than the 16-byte answer: with Index and the two
    // flags they fill one 8-byte slot (80 bytes a row with the traits, not 88).
    private byte nameClass;
    private byte nameConfidence;
    private string? nameKeyword;

    private NameText nameText;

    /// <summary>Whether the indicator's name holds any of the words (answered once per distinct name).</summary>
    public bool NameHas(NameWords words) => nameText.Has(words);

    // The cells as recognised, before the investment form's re-reading above moved the level-2 category up (what
    // the next row may reuse): kept as one flag rather than two more fields on every row.
    private bool levelsMoved;

    private Category? RecognisedLevel1 => levelsMoved ? null : Level1;

    private Category? RecognisedLevel2 => levelsMoved ? Level1 : Level2;

    public Indicator Indicator { get; private set; }

    /// <summary>The row's place in the sheet's indicator table, from 0.</summary>
    public int Index { get; private set; }

    /// <summary>The level-1 cell recognised in the sheet's framework; null when it is not a category of it.</summary>
    public Category? Level1 { get; private set; }

    /// <summary>
    /// The level-1 category the form's merged cell really places the row under when it differs from
    /// <see cref="Level1"/> (a 效益 category left under 产出指标); null when the form agrees.
    /// </summary>
    public Category? PlacedUnder { get; private set; }

    /// <summary>The level-1 category as the form lays the table out: <see cref="PlacedUnder"/>, else <see cref="Level1"/>.</summary>
    public Category? FormLevel1 => PlacedUnder ?? Level1;

    /// <summary>The level-2 cell recognised in the sheet's framework; null when blank or not a category.</summary>
    public Category? Level2 { get; private set; }

    /// <summary>What the indicator's name (and unit) says it measures.</summary>
    public NameClassification Name => new((NameClass)nameClass, (Confidence)nameConfidence, nameKeyword);

    /// <summary>
    /// The row's category cells follow another official form's scheme (<see cref="IndicatorFramework.InvestmentPlan"/>):
    /// its 实施效果 level 2 read as <see cref="Level1"/>, its 过程管理 groups left unjudged.
    /// </summary>
    public bool OtherForm { get; private set; }

    /// <summary>
    /// The row's <see cref="RowTraits"/> (each trait exactly as the rules that declare it test it first): rules that
    /// need a trait the row lacks are not called on it. Read with the rest of the facts, while the row's value is in
    /// the cache: a pass of its own over the rows cost 3% of a review.
    /// </summary>
    internal RowTraits Traits() => traits;

    private RowTraits ReadTraits()
    {
        if (Indicator.Value is not { } value)
        {
            // A row built without a value (not by the reader): every rule is called on it, as without guards.
            return (RowTraits)ulong.MaxValue;
        }

        var traits = (RowTraits)(ulong)value.Flags; // the flags' bits are the first traits
        if (value.Flags == ValueFlags.None)
        {
            traits |= RowTraits.Unflagged;
        }

        if (value.Has(ValueFlags.Missing) || !Rules.Values.ValueText.HasText(value.Raw))
        {
            traits |= RowTraits.NoValue;
        }

        traits |= value.IsQualitative ? RowTraits.Qualitative : RowTraits.Quantitative;
        traits |= value.Sign switch
        {
            Sign.None => RowTraits.SignNone,
            Sign.GreaterOrEqual or Sign.Greater => RowTraits.SignFloor,
            Sign.Approximately => RowTraits.SignApproximate,
            _ => RowTraits.None,
        };

        var unit = value.Unit;
        if (unit is null or "万" or "亿")
        {
            traits |= RowTraits.Unitless;
        }

        if (unit is { Length: > 0 })
        {
            traits |= RowTraits.Unit;
            if (unit[0] is '人' or '户' or '次' or '个' or '家' or '场' or '名' or '项' or '件')
            {
                traits |= RowTraits.CountUnit;
            }
            else if (NameClassifier.IsMoney(value))
            {
                traits |= RowTraits.Money;
            }
        }

        if (value.Number is { } number)
        {
            traits |= RowTraits.Number;
            if (unit is "%")
            {
                traits |= RowTraits.Percent;

                // Two decimal compares, only for percentages: three rules ask about 100% and more.
                if (number >= 100m)
                {
                    traits |= number > 100m ? RowTraits.PercentFull | RowTraits.PercentOver100 : RowTraits.PercentFull;
                }
            }
        }
        else if (unit is "%")
        {
            traits |= RowTraits.Percent;
        }

        if (Indicator.PeriodValue?.Number is not null)
        {
            traits |= RowTraits.PeriodNumber;
        }

        if (Indicator.Description is { Length: > 2 })
        {
            traits |= RowTraits.Described;
        }

        var name = Name;
        var strong = name.Confidence == Confidence.Strong;
        if (strong)
        {
            traits |= RowTraits.NameStrong;
        }

        traits |= name.Class switch
        {
            NameClass.Satisfaction => RowTraits.NameSatisfaction,
            NameClass.Economic or NameClass.Social or NameClass.Ecological or NameClass.Sustainable or NameClass.Benefit => RowTraits.NameBenefit,
            NameClass.Timeliness => RowTraits.NameOutput | RowTraits.NameTimeliness,
            NameClass.Cost => RowTraits.NameOutput | RowTraits.NameCost,
            NameClass.Quantity or NameClass.Quality => RowTraits.NameOutput,
            NameClass.BudgetExecution => RowTraits.NameBudgetExecution,
            _ => RowTraits.None,
        };

        traits |= Rules.Classification.Placement.RowLevel1(this) switch
        {
            IndicatorFramework.Output or IndicatorFramework.Cost => RowTraits.UnderOutput,
            IndicatorFramework.Benefit => RowTraits.UnderBenefit,
            IndicatorFramework.Satisfaction => RowTraits.UnderSatisfaction,
            _ => RowTraits.None,
        };

        if (Level2?.Name == "数量指标")
        {
            traits |= RowTraits.QuantityLevel2;
        }

        if (Rules.Money.CostRows.IsPlacedAsCost(this))
        {
            traits |= RowTraits.PlacedAsCost | RowTraits.Cost;
        }
        else if (strong && name.Class == NameClass.Cost)
        {
            traits |= RowTraits.Cost;
        }

        return traits;
    }
}

/// <summary>
/// The category cells recognised once per distinct text: forms repeat the same few category texts
/// on every row, and recognising one (folding, numbering, synonyms) costs far more than a lookup.
/// Bounded, so arbitrary text in category cells cannot grow it without limit.
/// </summary>
internal static class CategoryCache
{
    private const int Limit = 4096;

    private static readonly ConcurrentDictionary<string, Category?> V88 = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Category?> V101 = new(StringComparer.Ordinal);

    public static Category? Recognise(string? text, FrameworkVersion framework)
    {
        if (text is null)
        {
            return null;
        }

        var cache = framework == FrameworkVersion.V101 ? V101 : V88;
        if (cache.TryGetValue(text, out var category))
        {
            return category;
        }

        category = IndicatorFramework.Recognise(text, framework)?.Category;
        if (cache.Count < Limit)
        {
            cache.TryAdd(text, category);
        }

        return category;
    }
}

/// <summary>A sheet under review, with its rows' facts and its place in the document it came from.</summary>
public sealed class SheetContext
{
    internal SheetContext(TargetSheet sheet, SheetPlace? place, FrameworkVersion framework, FactsPool? pool = null)
    {
        Sheet = sheet;
        Place = place;
        Framework = framework;
        var facts = new IndicatorFacts[sheet.Indicators.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var previous = i > 0 ? facts[i - 1] : null;
            facts[i] = pool is null ? new IndicatorFacts(sheet.Indicators[i], i, framework, previous) : pool.Read(sheet.Indicators[i], i, framework, previous);
        }

        Rows = facts;
    }

    /// <summary><see cref="Indicators"/> as the array it is: the engine walks it without an interface call per row.</summary>
    internal IndicatorFacts[] Rows { get; }

    public TargetSheet Sheet { get; }

    /// <summary>Where the sheet stands in its document; null for a sheet reviewed with no document (a draft of its own).</summary>
    public SheetPlace? Place { get; }

    /// <summary>The framework the sheet is reviewed against (the sheet's own, unless the rule set fixes one).</summary>
    public FrameworkVersion Framework { get; }

    public IReadOnlyList<IndicatorFacts> Indicators => Rows;

    private Rules.Goals.GoalFacts? goalFacts;

    /// <summary>The goals as the goal rules read them, read once per sheet.</summary>
    internal Rules.Goals.GoalFacts GoalFacts => goalFacts ??= new Rules.Goals.GoalFacts(Sheet.Goals);

    private string? projectKey;

    /// <summary>The project name as the document rules compare it (<see cref="Rules.Document.ProjectNames.Key"/>), reduced once per sheet; null without a name.</summary>
    internal string? ProjectKey => Sheet.ProjectName is { } name ? projectKey ??= Rules.Document.ProjectNames.Key(name) : null;

    private Rules.Structure.CutKind? cut;

    /// <summary>Where the sheet's reading stops because its text does (<see cref="Rules.Structure.SheetCut"/>), read once: a dozen rules ask.</summary>
    internal Rules.Structure.CutKind Cut => cut ??= Rules.Structure.SheetCut.Read(this);

    private decimal? budgetWan;
    private bool budgetRead;

    /// <summary>The sheet's budget in 万元 (<see cref="Budget.TotalWan"/>), computed once per sheet: the money rules read it per row.</summary>
    internal decimal? BudgetWan
    {
        get
        {
            if (!budgetRead)
            {
                budgetWan = Sheet.Budget?.TotalWan;
                budgetRead = true;
            }

            return budgetWan;
        }
    }
}

/// <summary>
/// What one thread reuses from one review to the next: its rows' facts and the lists its rules report into. A review
/// reads facts for every row (a hundred thousand in the synthetic corpus, 8 MB) and drops them all when it returns:
/// nothing it returns holds one (a finding names its indicator, not the facts; a wording's arguments are texts,
/// numbers and categories). So a thread keeps the first <see cref="Kept"/> and reads the next review's rows into them;
/// rows beyond get facts of their own. Returned, the facts forget their rows and the lists are emptied.
/// </summary>
internal sealed class FactsPool
{
    /// <summary>Facts a thread keeps: a document of a few hundred rows, with room; about 330 KB a thread at most.</summary>
    private const int Kept = 4096;

    [ThreadStatic]
    private static FactsPool? idle;

    private readonly IndicatorFacts?[] facts = new IndicatorFacts?[Kept];
    private int used;

    /// <summary>
    /// The thread's pool for one review, to <see cref="Return"/> when the review is done; a pool of its own for a review
    /// begun while another holds the thread's (none is, today: a rule does not review).
    /// </summary>
    public static FactsPool Take()
    {
        var pool = idle ?? new FactsPool();
        idle = null;
        pool.used = 0;
        return pool;
    }

    /// <summary>Gives the pool back to the thread once nothing of the review that took it is read any more.</summary>
    public static void Return(FactsPool pool)
    {
        // No document kept alive by the thread through the rows its facts were last read from (a preview let go,
        // an edited sheet), no finding, nor the room of a huge document's.
        for (var i = 0; i < pool.used; i++)
        {
            pool.facts[i]!.Forget();
        }

        foreach (var list in (ReadOnlySpan<List<Finding>>)[pool.SheetFindings, pool.DocumentFindings])
        {
            list.Clear();
            if (list.Capacity > Kept)
            {
                list.Capacity = Kept;
            }
        }

        idle = pool;
    }

    /// <summary>
    /// The list a review's rules report a sheet's findings into, and the one for its document rules' findings, reused
    /// from document to document: a new list per document grew by doubling, a dozen arrays each.
    /// </summary>
    public List<Finding> SheetFindings { get; } = [];

    /// <inheritdoc cref="SheetFindings"/>
    public List<Finding> DocumentFindings { get; } = [];

    /// <summary>Facts of the row: kept ones read anew while there are, else new ones.</summary>
    public IndicatorFacts Read(Indicator indicator, int index, FrameworkVersion framework, IndicatorFacts? previous)
    {
        if (used == facts.Length)
        {
            return new IndicatorFacts(indicator, index, framework, previous);
        }

        var row = facts[used];
        if (row is null)
        {
            facts[used] = row = new IndicatorFacts(indicator, index, framework, previous);
        }
        else
        {
            row.Read(indicator, index, framework, previous);
        }

        used++;
        return row;
    }
}

/// <summary>A document under review: its sheets in order.</summary>
public sealed class DocumentContext
{
    internal DocumentContext(ImportedDocument document, IReadOnlyList<SheetContext> sheets)
    {
        Document = document;
        Sheets = sheets;
    }

    public ImportedDocument Document { get; }

    public IReadOnlyList<SheetContext> Sheets { get; }
}
