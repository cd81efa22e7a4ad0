using Jixiao.Core.Review.Rules.Classification;
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
    /// <summary>
    /// The revision of what the rules find: raised whenever a release makes them find otherwise on the same text (a new
    /// rule, a message, a fix, a merge). It is part of every rule set's <see cref="RuleSet.Stamp"/>, so after an upgrade
    /// the stored findings of every region are reviewed again in the background instead of disagreeing with the sheet
    /// pages, which review afresh. ReviewGoldenTests holds it to the golden reviews of the seeds and the corpus: their
    /// output cannot be regenerated changed at the same revision.
    /// </summary>
    public const int Revision = 4;

    public static readonly IReadOnlyList<Rule> All =
    [
        // Structure
        new MissingLevel1Rule(),
        new NoIndicatorsRule(),
        new WrongParentRule(),
        new UnknownLevel1Rule(),
        new UnknownLevel2Rule(),
        new EmptyLevel2Rule(),
        new DuplicateIndicatorRule(),
        new OutputIncompleteRule(),
        new IncompleteTableRule(),
        new HeaderProjectNameRule(),
        new HeaderBudgetRule(),
        new HeaderDepartmentRule(),
        new HeaderYearRule(),
        new HeaderFieldMissingRule(),
        new CostRequiredRule(),
        new SameMeaningRule(),
        new DepartmentBudgetRule(),

        // Classification
        new TimelinessMisplacedRule(),
        new MoneyAsOutputRule(),
        new SatisfactionMisplacedRule(),
        new BudgetExecutionRule(),
        new BenefitAsOutputRule(),
        new OutputAsBenefitRule(),
        new NotSatisfactionRule(),
        new BenefitKindRule(),

        // Values
        new RatePersonRule(),
        new CountUnitRule(),
        new PercentNotRateRule(),
        new NoUnitRule(),
        new SignMissingRule(),
        new PercentOver100Rule(),
        new SatisfactionFullRule(),
        new SatisfactionLowRule(),
        new ProbablyRatioRule(),
        new VagueValueRule(),
        new PlaceholderRule(),
        new MissingValueRule(),
        new UnclearValueRule(),
        new PeriodWeakerRule(),
        new QuantityNotCountRule(),
        new ApproximateSignRule(),
        new DeadlinePercentRule(),
        new FullFloorRule(),
        new TwoInOneRule(),
        new DescriptionConflictRule(),

        // Money
        new CostOverBudgetRule(),
        new CostSumOverBudgetRule(),
        new CostSignRule(),
        new CostNoAmountRule(),
        new BudgetSplitRule(),
        new BudgetUnitRule(),
        new SpendingPlanRule(),
        new KeyTaskFundsRule(),
        new StandardOverBudgetRule(),

        // Document
        new DeclaredTotalRule(),
        new KeyTaskWithoutProjectRule(),
        new KeyTaskProjectFundsRule(),
        new DuplicateProjectRule(),
        new ProjectsOverDepartmentRule(),
        new MixedFiscalYearRule(),
        new CopiedRowsRule(),

        // Goals
        new MissingGoalRule(),
        new PurposeOnlyGoalRule(),
        new VagueGoalRule(),
        new UnrelatedGoalRule(),
        new GoalNumberingGapRule(),
        new GoalTermMixedRule(),
        new GoalIndicatorConflictRule(),
        new StaleYearGoalRule(),
        new GoalQuantityUncarriedRule(),
        new FunctionUncoveredRule(),
    ];
}
