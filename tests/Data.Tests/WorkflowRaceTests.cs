using Jixiao.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteWorkflowRaceTests() : WorkflowRaceTests(DatabaseProvider.Sqlite);

public sealed class PostgresWorkflowRaceTests() : WorkflowRaceTests(DatabaseProvider.Postgres);

/// <summary>
/// Two writers at once, 1,000 times: the unit withdrawing a submission while the 主管部门 passes it, both
/// at the version they loaded. Each round at most one wins, the state is the winner's, and every step
/// answered as done is in the audit trail once: no lost update.
/// </summary>
public abstract class WorkflowRaceTests(DatabaseProvider provider)
{
    public const int Rounds = 1_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithdrawAgainstPass_ThousandRounds_NoLostUpdate()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        long id;
        await using (var db = database.NewContext())
        {
            id = (await Seeds.SaveAsync(db, Seeds.All[3])).SheetIds[0];
            await db.ReviewFindings.Where(f => f.SheetId == id).ExecuteDeleteAsync(Ct);
        }

        var done = 0;
        for (var round = 0; round < Rounds; round++)
        {
            await using (var db = database.NewContext())
            {
                // Submitted, for the race (set directly: the submission itself is not what is raced).
                await db.Sheets.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SheetStatus.Submitted).SetProperty(x => x.Version, x => x.Version + 1), Ct);
            }

            await using var unit = database.NewContext();
            await using var reviewer = database.NewContext();
            var version = await unit.Sheets.Where(s => s.Id == id).Select(s => s.Version).SingleAsync(Ct);
            var withdraw = Try(() => SheetWorkflow.ActAsync(unit, new Actor(null, "unit", Role.UnitFiller), SheetScope.All, id, new WorkflowStep(WorkflowAction.Withdraw, ExpectedVersion: version), Ct));
            var pass = Try(() => SheetWorkflow.ActAsync(reviewer, new Actor(null, "reviewer", Role.DepartmentReviewer), SheetScope.All, id, new WorkflowStep(WorkflowAction.Pass, ExpectedVersion: version), Ct));
            var results = await Task.WhenAll(withdraw, pass);

            // Both named the same version: at most one can have happened, and the state says which.
            var wins = results.Count(r => r);
            Assert.True(wins <= 1, $"round {round}: both steps named version {version} and both were done");
            done += wins;
            await using var check = database.NewContext();
            var status = await check.Sheets.Where(s => s.Id == id).Select(s => s.Status).SingleAsync(Ct);
            Assert.Equal(results[0] ? SheetStatus.Draft : results[1] ? SheetStatus.DepartmentApproved : SheetStatus.Submitted, status);
        }

        // Every step answered as done is recorded once; none is lost or doubled.
        await using var final = database.NewContext();
        Assert.Equal(done, await final.AuditEntries.CountAsync(a => a.SheetId == id && a.Action == AuditTrail.Actions.Workflow, Ct));
        Assert.True(done > Rounds / 2, $"only {done} of {Rounds} races had a winner");
    }

    /// <summary>Whether the step was done; a refusal (conflict, busy database) is false.</summary>
    private static async Task<bool> Try(Func<Task<DataResult<WorkflowResult>>> step)
    {
        try
        {
            return (await step()).Error is null;
        }
        catch (Exception e) when (DatabaseBusy.Is(e))
        {
            return false;
        }
    }
}
