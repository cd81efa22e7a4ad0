using System.Data.Common;
using System.Text;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Data.Tests;

/// <summary>
/// Large documents of the seeds' sheets, and a save of one that stops for good after its first chunk,
/// as when its process is killed: from the second chunk's sheets on, every command fails, so the
/// save cannot remove what it wrote either and leaves a document being saved behind.
/// </summary>
internal static class StoppedSaves
{
    /// <summary>The text hash every such document claims, so that other bytes can be the same text.</summary>
    public static readonly string TextSha256 = new('a', 64);

    public static ImportedDocument Document(int count)
    {
        var sheets = Seeds.All.SelectMany(s => Seeds.Read(s).Sheets).ToArray();
        return new ImportedDocument("large.txt", [.. Enumerable.Range(0, count).Select(i => sheets[i % sheets.Length])], Seeds.Read(Seeds.All[1]).Unplaced)
        {
            Totals = [new DeclaredTotal("合计", new Money(1m, MoneyUnit.Wan), SourcePosition.Line(9999))],
            TextSha256 = TextSha256,
        };
    }

    public static DocumentUpload Upload(string name) => new(name + ".txt", Encoding.UTF8.GetBytes("chunked " + name)) { RegionCode = "130225", RegionName = "乐亭县" };

    public sealed record Stopped(string Name, long DocumentId);

    /// <summary>Saves a document of <paramref name="sheets"/> sheets (more than one chunk) that stops after its first chunk.</summary>
    public static async Task<Stopped> LeaveAsync(TestDatabase database, int sheets)
    {
        const string name = "stopped";
        await using (var db = database.NewContext(new Crash()))
        {
            var review = RuleEngine.Default.Review(Document(sheets));
            await Assert.ThrowsAnyAsync<InvalidOperationException>(() => DocumentStore.SaveReviewedAsync(db, Upload(name), review, TestContext.Current.CancellationToken));
        }

        await using var check = database.NewContext();
        var id = await check.Documents.IgnoreQueryFilters().Where(d => d.State == DocumentState.Saving).Select(d => d.Id).SingleAsync(TestContext.Current.CancellationToken);
        return new Stopped(name, id);
    }

    /// <summary>Every row of the kinds a save writes, hidden or not.</summary>
    public static async Task<(int Documents, int Sheets, int Indicators, int Snapshots)> RowsAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        return (await db.Documents.IgnoreQueryFilters().CountAsync(ct), await db.Sheets.IgnoreQueryFilters().CountAsync(ct),
            await db.Indicators.CountAsync(ct), await db.SheetSnapshots.CountAsync(ct));
    }

    /// <summary>The process "dies" as the second chunk starts (its first command marks progress): that command and every one after fail.</summary>
    private sealed class Crash : DbCommandInterceptor
    {
        private bool dead;

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
            dead |= command.CommandText.StartsWith("UPDATE \"source_documents\"", StringComparison.Ordinal) || command.CommandText.StartsWith("UPDATE source_documents ", StringComparison.Ordinal);
            if (dead)
            {
                throw new InvalidOperationException("simulated crash");
            }
        }
    }
}
