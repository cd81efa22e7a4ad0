using System.Data.Common;
using System.Text;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Data.Tests;

public sealed class SqliteLargeDocumentTests() : LargeDocumentTests(DatabaseProvider.Sqlite);

public sealed class PostgresLargeDocumentTests() : LargeDocumentTests(DatabaseProvider.Postgres);

/// <summary>
/// A document of a few hundred sheets (the seeds' sheets over and over), saved with its review as
/// the import does: stored whole and equal, or not at all. The time of larger ones is measured by
/// `bench large-save` (docs/benchmarks.md), not here.
/// </summary>
public abstract class LargeDocumentTests(DatabaseProvider provider)
{
    private const int SheetCount = 300;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ImportedDocument Large()
    {
        var sheets = Seeds.All.SelectMany(s => Seeds.Read(s).Sheets).ToArray();
        return new ImportedDocument("large.txt", [.. Enumerable.Range(0, SheetCount).Select(i => sheets[i % sheets.Length])], Seeds.Read(Seeds.All[1]).Unplaced)
        {
            Totals = [new DeclaredTotal("合计", new Money(1m, MoneyUnit.Wan), SourcePosition.Line(9999))],
        };
    }

    private static DocumentUpload Upload() => new("large.txt", Encoding.UTF8.GetBytes("large document")) { RegionCode = "130225", RegionName = "乐亭县" };

    [Fact]
    public async Task SaveReviewedAsync_FewHundredSheets_LoadsBackEqualWithEveryFindingAndSnapshot()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var document = Large();
        var review = RuleEngine.Default.Review(document);
        SavedDocument saved;
        await using (var db = database.NewContext())
        {
            var result = await DocumentStore.SaveReviewedAsync(db, Upload(), review, Ct);
            Assert.True(result.IsOk, result.Error?.ToString());
            saved = result.Value!;
        }

        await using (var db = database.NewContext())
        {
            var loaded = await DocumentStore.LoadAsync(db, saved.DocumentId, Ct);
            SheetAssert.Equal(document, loaded.Value!);
            Assert.Equal(SheetCount, saved.SheetIds.Count);
            var counts = await db.Sheets.OrderBy(s => s.Ordinal).Select(s => new { s.Id, s.ErrorCount, s.WarningCount, s.InfoCount }).ToListAsync(Ct);
            Assert.Equal(saved.SheetIds, counts.Select(c => c.Id));
            for (var i = 0; i < SheetCount; i++)
            {
                var expected = review.Sheets[i].Findings;
                var stored = await FindingStore.ListAsync(db, saved.SheetIds[i], Ct);
                Assert.Equal(expected.Select(f => (f.RuleId, f.Position.ToString(), f.Indicator?.Name)), stored.Select(f => (f.RuleId, f.Position!, f.IndicatorName)));
                Assert.All(stored.Where(f => f.IndicatorName is not null), f => Assert.NotNull(f.IndicatorId));
                Assert.Equal(
                    (expected.Count(f => f.Severity == Severity.Error), expected.Count(f => f.Severity == Severity.Warning), expected.Count(f => f.Severity == Severity.Info)),
                    (counts[i].ErrorCount, counts[i].WarningCount, counts[i].InfoCount));
                var json = await SheetSnapshots.ReadAsync(db, saved.SheetIds[i], Ct);
                Assert.Equal(SheetSnapshots.WithIdentity(saved.SheetIds[i], 1, SheetSnapshots.Body(document.Sheets[i])), json.Value!.Json);
            }

            // Findings point at the indicator rows of their own sheet.
            Assert.Equal(0, await db.ReviewFindings.CountAsync(f => f.Indicator != null && f.Indicator.SheetId != f.SheetId, Ct));
            Assert.Equal(review.DocumentFindings.Select(f => f.RuleId), (await FindingStore.ListForDocumentAsync(db, saved.DocumentId, Ct)).Select(f => f.RuleId));
            Assert.Equal(SheetCount, await db.SheetSnapshots.CountAsync(Ct));
        }
    }

    [Theory]
    [InlineData("review_findings")]
    [InlineData("document_findings")]
    public async Task SaveReviewedAsync_FailsAtTheLastRows_NothingStored(string table)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var failure = new Interrupt(command => command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal)
            || command.CommandText.Contains($"INSERT INTO {table} ", StringComparison.Ordinal));
        await using (var db = database.NewContext(failure))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => DocumentStore.SaveReviewedAsync(db, Upload(), RuleEngine.Default.Review(Large()), Ct));
        }

        Assert.True(failure.InsertsBefore > 0, "the failure should come after rows were written");
        await AssertEmptyAsync(database);
    }

    [Fact]
    public async Task SaveReviewedAsync_CancelledWhileWriting_NothingStoredAndTheSameBytesSaveLater()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var interrupt = new Interrupt(command =>
        {
            if (command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) && command.CommandText.Contains("indicators", StringComparison.Ordinal))
            {
                cancel.Cancel();
            }

            return false;
        });
        var review = RuleEngine.Default.Review(Large());
        await using (var db = database.NewContext(interrupt))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocumentStore.SaveReviewedAsync(db, Upload(), review, cancel.Token));
        }

        await AssertEmptyAsync(database);
        await using (var db = database.NewContext())
        {
            var again = await DocumentStore.SaveReviewedAsync(db, Upload(), review, Ct);
            Assert.True(again.IsOk, again.Error?.ToString());
            Assert.Equal(SheetCount, await db.Sheets.CountAsync(Ct));
        }
    }

    private static async Task AssertEmptyAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Documents.CountAsync(Ct));
        Assert.Equal(0, await db.Sheets.CountAsync(Ct));
        Assert.Equal(0, await db.Indicators.CountAsync(Ct));
        Assert.Equal(0, await db.SheetSnapshots.CountAsync(Ct));
        Assert.Equal(0, await db.ReviewFindings.CountAsync(Ct));
        Assert.Equal(0, await db.Regions.CountAsync(Ct));
        Assert.Equal(0, await db.Organisations.CountAsync(Ct));
    }

    /// <summary>Breaks the save at the first command <paramref name="fails"/> picks, as a failing disk or a killed request would.</summary>
    private sealed class Interrupt(Func<DbCommand, bool> fails) : DbCommandInterceptor
    {
        public int InsertsBefore { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Check(DbCommand command)
        {
            if (fails(command))
            {
                throw new InvalidOperationException("simulated failure");
            }

            InsertsBefore += command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) ? 1 : 0;
        }
    }
}
