using Jixiao.Core.Review.Rules.Document;
using Jixiao.Core.Review.Rules.Goals;
using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Review.Rules.Structure;
using Jixiao.Core.Review.Rules.Values;

namespace Jixiao.Core.Review;

/// <summary>
/// Every rule Jixiao has, by family, registered explicitly (no scanning): grep finds them all here.
/// docs/rules.md lists the same rules; a test holds the two together.
/// </summary>
public static class RuleCatalogue
{
    public static readonly IReadOnlyList<Rule> All =
    [
        // Structure
        new MissingLevel1Rule(),
        new HeaderProjectNameRule(),
        new HeaderBudgetRule(),
        new HeaderDepartmentRule(),
        new HeaderYearRule(),
        new HeaderFieldMissingRule(),

        // Classification

        // Values
        new RatePersonRule(),

        // Money
        new CostOverBudgetRule(),

        // Document
        new DeclaredTotalRule(),
        new KeyTaskWithoutProjectRule(),
        new KeyTaskFundsRule(),
        new DuplicateProjectRule(),
        new ProjectsOverDepartmentRule(),
        new MixedFiscalYearRule(),

        // Goals
        new MissingGoalRule(),
        new PurposeOnlyGoalRule(),
        new VagueGoalRule(),
        new UnrelatedGoalRule(),
        new GoalNumberingGapRule(),
        new GoalTermMixedRule(),
        new GoalIndicatorConflictRule(),
        new StaleYearGoalRule(),
    ];
}
