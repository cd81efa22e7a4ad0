using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;
using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteSheetMarksTests() : SheetMarksTests(DatabaseProvider.Sqlite);

public sealed class PostgresSheetMarksTests() : SheetMarksTests(DatabaseProvider.Postgres);

/// <summary>
/// Reviewers' marks on findings (decision 016): a mark is matched by rule, cause and its row's key and
/// content, so it survives a new review and edits of other rows, and stops applying when its own row changes.
/// 001 project 10 编制外长期聘用人员支出 has one error: a cost of ≤26.97万元 on a 26.94万元 budget.
/// </summary>
public abstract class SheetMarksTests(DatabaseProvider provider)
{
    private const string CostRule = "MNY-COST-OVER-BUDGET";

    private static readonly Actor Finance = new(null, "caizheng", Role.FinanceReviewer);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, long Id)> Project10Async(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var saved = await Seeds.SaveAsync(db, Seeds.All[1], "632221", "门源县");
        var id = await db.Sheets.Where(s => saved.SheetIds.Contains(s.Id) && s.ProjectName == "编制外长期聘用人员支出").Select(s => s.Id).SingleAsync(Ct);
        return (database, id);
    }

    private static async Task<(TargetSheet Sheet, int Version, Finding Cost)> ReviewAsync(JixiaoDbContext db, long id)
    {
        var stored = (await SheetStore.LoadAsync(db, id, Ct)).Value!;
        return (stored.Sheet, stored.Version, RuleEngine.Default.Review(stored.Sheet).Single(f => f.RuleId == CostRule));
    }

    private static async Task EditAsync(JixiaoDbContext db, long id, Func<TargetSheet, Indicator, TargetSheet> edit)
    {
        var (sheet, version, cost) = await ReviewAsync(db, id);
        var updated = await SheetStore.UpdateAsync(db, Actor.System(), SheetScope.All, id, version, edit(sheet, cost.Indicator!), Ct);
        Assert.True(updated.IsOk, updated.Error?.ToString());
        db.ChangeTracker.Clear();
    }

    private static List<Indicator> Replace(TargetSheet sheet, Indicator row, Indicator by) =>
        [.. sheet.Indicators.Select(i => ReferenceEquals(i, row) ? by : i)];

    [Fact]
    public async Task Mark_NotApplicable_ErrorNoLongerBlocksAndSurvivesANewReview()
    {
        var (database, id) = await Project10Async(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var (_, _, cost) = await ReviewAsync(db, id);
        Assert.Contains(await SheetWorkflow.OpenErrorFindingsAsync(db, id, RuleEngine.Default, Ct), f => f.RuleId == CostRule);

        var marked = await SheetMarks.MarkAsync(db, Finance, SheetScope.All, id, cost, MarkStatus.NotApplicable, "预算已追加至26.97万元，见调整文件", Ct);

        Assert.True(marked.IsOk, marked.Error?.ToString());
        await using var check = database.NewContext();
        Assert.DoesNotContain(await SheetWorkflow.OpenErrorFindingsAsync(check, id, RuleEngine.Default, Ct), f => f.RuleId == CostRule);
        var (_, _, again) = await ReviewAsync(check, id);
        var mark = Assert.Single(SheetMarks.Match([again], await SheetMarks.ListAsync(check, id, Ct))).Value;
        Assert.Equal(("caizheng", MarkStatus.NotApplicable, FakeClock.Start), (mark.UserName, mark.Status, mark.MarkedAt));
        Assert.Matches("^产出指标 / 成本指标 / 编外人员全年工资补贴成本｜[0-9a-f]{12}$", mark.RowKey);
        var audit = await check.AuditEntries.SingleAsync(a => a.Action == AuditTrail.Actions.Mark, Ct);
        Assert.Contains("不适用", audit.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_Verified_ErrorStillBlocks()
    {
        var (database, id) = await Project10Async(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var (_, _, cost) = await ReviewAsync(db, id);

        await SheetMarks.MarkAsync(db, Finance, SheetScope.All, id, cost, MarkStatus.Verified, "成本超过预算，须改正", Ct);

        Assert.Contains(await SheetWorkflow.OpenErrorFindingsAsync(db, id, RuleEngine.Default, Ct), f => f.RuleId == CostRule);
    }

    [Fact]
    public async Task Match_AnotherRowEditedAndARowInsertedAbove_MarkStillApplies()
    {
        var (database, id) = await Project10Async(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var (_, _, cost) = await ReviewAsync(db, id);
        await SheetMarks.MarkAsync(db, Finance, SheetScope.All, id, cost, MarkStatus.NotApplicable, "预算已追加", Ct);

        await EditAsync(db, id, (sheet, costRow) =>
        {
            var other = sheet.Indicators.First(i => !ReferenceEquals(i, costRow) && i.Value.Raw is not null);
            var edited = Replace(sheet, other, other with { Value = TargetValueParser.Parse(other.Value.Raw + "（修改）") });
            edited.Insert(0, new Indicator { Level1 = "产出指标", Level2 = "数量指标", Name = "新增的一行", Value = TargetValueParser.Parse("≥10人"), Position = other.Position });
            return sheet with { Indicators = edited };
        });

        var (sheetNow, _, costNow) = await ReviewAsync(db, id);
        Assert.Equal("新增的一行", sheetNow.Indicators[0].Name);
        Assert.Single(SheetMarks.Match([costNow], await SheetMarks.ListAsync(db, id, Ct)));
        Assert.DoesNotContain(await SheetWorkflow.OpenErrorFindingsAsync(db, id, RuleEngine.Default, Ct), f => f.RuleId == CostRule);
    }

    [Fact]
    public async Task Match_ItsOwnRowEdited_MarkNoLongerApplies()
    {
        var (database, id) = await Project10Async(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var (_, _, cost) = await ReviewAsync(db, id);
        await SheetMarks.MarkAsync(db, Finance, SheetScope.All, id, cost, MarkStatus.NotApplicable, "预算已追加", Ct);

        // Still over the 26.94万元 budget, so still an error; but not the value the reviewer judged.
        await EditAsync(db, id, (sheet, costRow) => sheet with { Indicators = Replace(sheet, costRow, costRow with { Value = TargetValueParser.Parse("≤26.99万元") }) });

        var (_, _, costNow) = await ReviewAsync(db, id);
        Assert.Empty(SheetMarks.Match([costNow], await SheetMarks.ListAsync(db, id, Ct)));
        Assert.Contains(await SheetWorkflow.OpenErrorFindingsAsync(db, id, RuleEngine.Default, Ct), f => f.RuleId == CostRule);
        Assert.Single(await SheetMarks.ListAsync(db, id, Ct));
    }

    [Fact]
    public async Task Mark_ChangedThenRemoved_OneMarkThenNoneEachAudited()
    {
        var (database, id) = await Project10Async(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var (_, _, cost) = await ReviewAsync(db, id);

        await SheetMarks.MarkAsync(db, Finance, SheetScope.All, id, cost, MarkStatus.Verified, "属实", Ct);
        var changed = await SheetMarks.MarkAsync(db, Finance, SheetScope.All, id, cost, MarkStatus.NotApplicable, "经复核不适用", Ct);
        Assert.Equal(MarkStatus.NotApplicable, Assert.Single(await SheetMarks.ListAsync(db, id, Ct)).Status);
        var removed = await SheetMarks.RemoveAsync(db, Finance, SheetScope.All, id, changed.Value!.Id, Ct);

        Assert.True(removed.IsOk, removed.Error?.ToString());
        Assert.Empty(await SheetMarks.ListAsync(db, id, Ct));
        var audit = await db.AuditEntries.Where(a => a.Action == AuditTrail.Actions.Mark).OrderBy(a => a.Id).Select(a => a.Summary).ToListAsync(Ct);
        Assert.Collection(audit,
            a => Assert.StartsWith("标记", a, StringComparison.Ordinal),
            a => Assert.StartsWith("改标", a, StringComparison.Ordinal),
            a => Assert.StartsWith("撤销", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mark_UnitFillerOrNoReasonOrOutOfScope_Refused()
    {
        var (database, id) = await Project10Async(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var (_, _, cost) = await ReviewAsync(db, id);
        var otherRegion = await db.Regions.Where(r => r.Code != "632221").Select(r => (long?)r.Id).FirstOrDefaultAsync(Ct) ?? -1;

        var unit = await SheetMarks.MarkAsync(db, new Actor(null, "danwei", Role.UnitFiller), SheetScope.All, id, cost, MarkStatus.Verified, "理由", Ct);
        var blank = await SheetMarks.MarkAsync(db, Finance, SheetScope.All, id, cost, MarkStatus.NotApplicable, "  ", Ct);
        var outside = await SheetMarks.MarkAsync(db, Finance, new SheetScope(false, otherRegion, []), id, cost, MarkStatus.NotApplicable, "理由", Ct);

        Assert.Equal((DataErrorCode.Forbidden, SheetMarks.ForbiddenCode), (unit.Error!.Code, unit.Error.CodeText));
        Assert.Equal((DataErrorCode.Invalid, SheetMarks.ReasonCode), (blank.Error!.Code, blank.Error.CodeText));
        Assert.Contains("须说明理由", blank.Error.MessageZh, StringComparison.Ordinal);
        Assert.Equal(DataErrorCode.NotFound, outside.Error!.Code);
        Assert.Empty(await SheetMarks.ListAsync(db, id, Ct));
    }

    [Fact]
    public void Match_MarkCarriedOverFrom0007_MatchedByRuleAndPosition()
    {
        var sheet = Seeds.Read(Seeds.All[1]).Sheets.Single(s => s.ProjectName == "编制外长期聘用人员支出");
        var cost = RuleEngine.Default.Review(sheet).Single(f => f.RuleId == CostRule);
        var legacy = new FindingMarkEntity { RuleId = CostRule, Cause = "", RowKey = null, Position = cost.Position.ToString(), Reason = "放行", UserName = "zhuguan", Status = MarkStatus.NotApplicable };

        Assert.Single(SheetMarks.Match([cost], [legacy]));
        Assert.Empty(SheetMarks.Match([cost], [new FindingMarkEntity { RuleId = CostRule, Cause = "", Position = "L1", Reason = "放行", UserName = "zhuguan" }]));
    }

    [Fact]
    public async Task StatisticsAsync_MarksAndFindings_CountedPerRuleWithinTheScope()
    {
        var (database, id) = await Project10Async(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var (sheet, _, cost) = await ReviewAsync(db, id);
        await FindingStore.ReplaceAsync(db, id, sheet, RuleEngine.Default.Review(sheet), Ct);
        await SheetMarks.MarkAsync(db, Finance, SheetScope.All, id, cost, MarkStatus.NotApplicable, "预算已追加", Ct);
        var region = await db.Sheets.Where(s => s.Id == id).Select(s => s.RegionId).SingleAsync(Ct);

        var all = (await SheetMarks.StatisticsAsync(db, SheetScope.All, Ct)).Single(s => s.RuleId == CostRule);
        var own = (await SheetMarks.StatisticsAsync(db, new SheetScope(false, region, []), Ct)).Single(s => s.RuleId == CostRule);
        var none = await SheetMarks.StatisticsAsync(db, SheetScope.None, Ct);

        Assert.Equal((1, 0), (all.NotApplicable, all.Verified));
        Assert.True(all.Findings >= 1 && all.Sheets >= 1, $"{all}");
        Assert.Equal(all, own);
        Assert.Empty(none);
    }
}
