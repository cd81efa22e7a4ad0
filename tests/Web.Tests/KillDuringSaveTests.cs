using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

public sealed class SqliteKillDuringSaveTests() : KillDuringSaveTests(DatabaseProvider.Sqlite);

public sealed class PostgresKillDuringSaveTests() : KillDuringSaveTests(DatabaseProvider.Postgres);

/// <summary>
/// kill -9 of the server while it saves a large import never leaves a half-written document to see
/// (issue 13): the app runs in a child process, is killed after a number of its save's chunks have
/// committed, and the database it leaves shows nothing of the document until the cleanup removes it.
/// </summary>
public abstract class KillDuringSaveTests(DatabaseProvider provider)
{
    private const int Sheets = 2_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveImport_ServerKilledMidSave_NothingVisibleThenCleanedUp()
    {
        await using var database = await AppDatabase.CreateAsync(provider, "kill");
        if (database.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var settings = new DatabaseSettings(provider, database.ConnectionString!);
        // Killed after the first chunk, about a third, and about two thirds of the sheets.
        foreach (var (round, written) in new[] { (1, 1), (2, Sheets / 3), (3, Sheets * 2 / 3) })
        {
            await using (var server = await ChildServer.StartAsync(provider, database.ConnectionString!, Ct))
            {
                var preview = await (await server.Client.PostAsync("/api/imports", ImportFiles.Form($"round-{round}.txt", ManySheets(round)), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
                var save = server.Client.PostAsync($"/api/imports/{preview.GetProperty("id").GetString()}/save", null, Ct);
                Assert.True(await WrittenAsync(settings, written, save), $"round {round}: the save ended before {written} sheets were written");
                await server.KillAsync();
                // The save's request dies with the server: as an HTTP failure, or, when the kill caught the
                // connection still being set up, as the socket's own error.
                var failure = await Assert.ThrowsAnyAsync<Exception>(() => save);
                Assert.True(failure is HttpRequestException or System.Net.Sockets.SocketException, failure.ToString());
            }

            await using var db = JixiaoDb.Create(settings, new Later(DocumentSaves.AbandonedAfter + TimeSpan.FromSeconds(1)));
            Assert.Equal(0, await db.Documents.CountAsync(Ct));
            Assert.Equal(0, await db.Sheets.CountAsync(Ct));
            Assert.Equal(0, (await SheetSearch.QueryAsync(db, new SheetQuery(), Ct)).Value!.Total);
            Assert.True(await db.Sheets.IgnoreQueryFilters().CountAsync(Ct) >= written, $"round {round}: the killed save should have left rows");

            Assert.Equal(1, await DocumentSaves.RemoveAbandonedAsync(db, Ct));
            Assert.Equal(0, await db.Documents.IgnoreQueryFilters().CountAsync(Ct));
            Assert.Equal(0, await db.Sheets.IgnoreQueryFilters().CountAsync(Ct));
            Assert.Equal(0, await db.Indicators.CountAsync(Ct));
            Assert.Equal(0, await db.ReviewFindings.CountAsync(Ct));
        }
    }

    /// <summary>Whether at least <paramref name="count"/> sheets of a document being saved are written while the save still runs.</summary>
    private static async Task<bool> WrittenAsync(DatabaseSettings settings, int count, Task save)
    {
        while (!save.IsCompleted)
        {
            await using var db = JixiaoDb.Create(settings);
            var written = await db.Sheets.IgnoreQueryFilters()
                .CountAsync(s => db.Documents.IgnoreQueryFilters().Any(d => d.Id == s.DocumentId && d.State == DocumentState.Saving), Ct);
            if (written >= count)
            {
                return true;
            }

            await Task.Delay(20, Ct);
        }

        return false;
    }

    /// <summary>A text of <see cref="Sheets"/> project sheets of ten indicators each, named for the round.</summary>
    private static byte[] ManySheets(int round)
    {
        var text = new StringBuilder();
        for (var i = 0; i < Sheets; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"项目支出绩效目标表\n项目名称\t第{round}轮项目{i}\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n");
            for (var k = 1; k <= 10; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\t产出指标\t数量指标\t培训人数{k}\t≥{k * 10}人\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The time as it will be once a killed save counts as abandoned.</summary>
    private sealed class Later(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + by;
    }
}
