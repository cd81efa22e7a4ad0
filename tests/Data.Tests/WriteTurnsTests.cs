namespace Jixiao.Data.Tests;

/// <summary>The app's SQLite writers take turns per database file, and a turn not given in time is SQLite's busy error.</summary>
public sealed class WriteTurnsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TakeAsync_TurnTaken_NextWriterWaitsUntilItIsGivenBack()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        await using var elsewhere = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var other = elsewhere.NewContext();

        var turn = await WriteTurns.TakeAsync(first, Ct);
        var next = WriteTurns.TakeAsync(second, Ct);
        using (await WriteTurns.TakeAsync(other, Ct))
        {
            // Another file's writers do not wait.
        }

        await Task.Delay(200, Ct);
        Assert.False(next.IsCompleted);
        turn!.Dispose();
        (await next)!.Dispose();
    }

    [Fact]
    public async Task TakeAsync_TurnHeldPastTheBusyTimeout_IsTheBusyError()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        using var turn = await WriteTurns.TakeAsync(first, Ct);

        var busy = await Assert.ThrowsAnyAsync<Exception>(() => WriteTurns.TakeAsync(second, Ct));

        Assert.True(DatabaseBusy.Is(busy));
    }
}
