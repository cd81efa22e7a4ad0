using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

/// <summary>The complete test sheet with its goals replaced.</summary>
internal static class GoalSheets
{
    public static TargetSheet WithGoals(this TargetSheet sheet, params string[] annual) =>
        sheet with { Goals = [.. annual.Select((t, i) => new Goal(GoalTerm.Annual, t, SourcePosition.Line(5 + i)))] };

    public static TargetSheet WithGoals(this TargetSheet sheet, params Goal[] goals) => sheet with { Goals = goals };

    public static Goal Annual(string text) => new(GoalTerm.Annual, text, SourcePosition.Line(5));

    public static Goal Period(string text) => new(GoalTerm.ImplementationPeriod, text, SourcePosition.Line(4));
}
