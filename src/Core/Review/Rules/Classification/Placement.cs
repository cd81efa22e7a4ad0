using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Classification;

/// <summary>
/// What the classification rules share: the category the form gives a row, and the message that
/// says what the name says, where the form put it and where it belongs in the sheet's framework.
/// </summary>
internal static class Placement
{
    /// <summary>The row's category: its level 2 when that is a level-2 category, else its level 1.</summary>
    public static Category? RowCategory(IndicatorFacts indicator) =>
        indicator.Level2 is { Level: CategoryLevel.Level2 } level2 ? level2 : indicator.Level1;

    /// <summary>The level-1 category the row's category belongs to (产出指标 for 数量指标).</summary>
    public static string? RowLevel1(IndicatorFacts indicator) => RowCategory(indicator) switch
    {
        { Level: CategoryLevel.Level2 } c => c.Parent,
        { } c => c.Name,
        null => null,
    };

    public static bool IsStrong(IndicatorFacts indicator, NameClass @class) =>
        indicator.Name.Confidence == Confidence.Strong && indicator.Name.Class == @class;

    public static bool IsBenefit(NameClass @class) =>
        @class is NameClass.Economic or NameClass.Social or NameClass.Ecological or NameClass.Sustainable or NameClass.Benefit;

    public static bool IsOutput(NameClass @class) =>
        @class is NameClass.Quantity or NameClass.Quality or NameClass.Timeliness or NameClass.Cost;

    public static string Version(FrameworkVersion framework) => framework == FrameworkVersion.V101 ? "101号" : "88号";

    /// <summary>Where the form put the row, as the form writes it: 产出指标/数量指标.</summary>
    public static string Where(Indicator indicator) =>
        string.IsNullOrWhiteSpace(indicator.Level2) ? indicator.Level1 : indicator.Level1 + "/" + indicator.Level2;

    /// <summary>Where the name belongs in the framework: 产出指标/时效指标, or only the level 1.</summary>
    public static string Belongs(NameClassification name, FrameworkVersion framework)
    {
        var level1 = name.Level1(framework);
        var level2 = name.Level2(framework);
        return level2 is null || string.Equals(level1, level2, StringComparison.Ordinal) ? level1 ?? "" : level1 + "/" + level2;
    }

    /// <summary>
    /// Reports "the name says X (keyword), the form put it under Y; under 88号 it belongs in Z", with the rule's fix
    /// (<see cref="Words"/>); <paramref name="detail"/> is what the fix names besides (the category the row is under).
    /// </summary>
    public static void Report(IndicatorFacts indicator, SheetContext sheet, FindingSink findings, Wording<Placed> words, string? detail = null) =>
        findings.Report(sheet, indicator.Indicator, words.With(new Placed(indicator.Name, sheet.Framework, detail)), indicator.Name.Level1(sheet.Framework));

    /// <summary>A placement rule's wording: the message every placement finding has, and the rule's own fix.</summary>
    public static Wording<Placed> Words(Func<Finding, Placed, string> fix) => new(Message, fix);

    // Where and Belongs written straight into the one message string, not built as strings of their own first.
    private static string Message(Finding finding, Placed placed)
    {
        var row = finding.Indicator!;
        var name = placed.Name;
        var framework = placed.Framework;
        var formLevel2 = string.IsNullOrWhiteSpace(row.Level2) ? null : row.Level2;
        var level1 = name.Level1(framework);
        var level2 = name.Level2(framework);
        if (string.Equals(level1, level2, StringComparison.Ordinal))
        {
            level2 = null;
        }

        return string.Concat(
            "“", row.Name, "”从名称看是", name.Chinese, "指标（“", name.Keyword, "”），表中却放在",
            row.Level1, formLevel2 is null ? "" : "/", formLevel2, "下；按", Version(framework), "指标体系应放在",
            level1, level2 is null ? "" : "/", level2, "下");
    }
}

/// <summary>What a placement finding's text reads besides its row: what the name says, the framework, and the rule's detail.</summary>
internal readonly record struct Placed(NameClassification Name, FrameworkVersion Framework, string? Detail);
