using Jixiao.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteUserStoreTests() : UserStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgresUserStoreTests() : UserStoreTests(DatabaseProvider.Postgres);

public abstract class UserStoreTests(DatabaseProvider provider)
{
    private const string Password = "Correct-Horse-9";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task AddAdminAsync(JixiaoDbContext db) =>
        Assert.Null((await UserStore.AddAsync(db, Actor.System(), new NewUser("li", "李", Role.Administrator, Password), Ct)).Error);

    [Fact]
    public async Task SignInAsync_FiveWrongPasswords_LockedEvenWithTheRightOneUntilTheLockEnds()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await AddAdminAsync(db);

        var outcomes = new List<SignInOutcome>();
        for (var i = 0; i < UserStore.MaxFailedSignIns; i++)
        {
            outcomes.Add((await UserStore.SignInAsync(db, "li", "wrong", "10.0.0.1", Ct)).Outcome);
        }

        var whileLocked = await UserStore.SignInAsync(db, "li", Password, "10.0.0.1", Ct);
        database.Clock.Now += TimeSpan.FromMinutes(UserStore.LockoutMinutes + 1);
        var after = await UserStore.SignInAsync(db, "li", Password, "10.0.0.1", Ct);

        Assert.Equal([.. Enumerable.Repeat(SignInOutcome.Failed, UserStore.MaxFailedSignIns - 1), SignInOutcome.LockedOut], outcomes);
        Assert.Equal(SignInOutcome.LockedOut, whileLocked.Outcome);
        Assert.Equal(SignInOutcome.SignedIn, after.Outcome);
        Assert.Equal(UserStore.MaxFailedSignIns + 2, await db.AuditEntries.CountAsync(a => a.Action == AuditTrail.Actions.SignIn || a.Action == AuditTrail.Actions.SignInFailed, Ct));
    }

    [Fact]
    public async Task SignInAsync_UnknownUser_FailsLikeAWrongPasswordAndIsRecorded()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var result = await UserStore.SignInAsync(db, "nobody", Password, "10.0.0.2", Ct);

        Assert.Equal(SignInOutcome.Failed, result.Outcome);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditTrail.Actions.SignInFailed && a.Address == "10.0.0.2", Ct));
    }

    [Fact]
    public async Task FindByTokenAsync_RevokedExpiredOrDisabled_NoUser()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await AddAdminAsync(db);
        var user = (await UserStore.FindAsync(db, "li", Ct))!;
        var live = await UserStore.IssueTokenAsync(db, Actor.System(), user.Id, "live", null, Ct);
        var revoked = await UserStore.IssueTokenAsync(db, Actor.System(), user.Id, "revoked", null, Ct);
        var expiring = await UserStore.IssueTokenAsync(db, Actor.System(), user.Id, "expiring", 1, Ct);
        await UserStore.RevokeTokenAsync(db, Actor.System(), user.Id, revoked.Id, Ct);
        database.Clock.Now += TimeSpan.FromDays(2);

        Assert.Equal("li", (await UserStore.FindByTokenAsync(db, live.Token, Ct))?.UserName);
        Assert.Null(await UserStore.FindByTokenAsync(db, revoked.Token, Ct));
        Assert.Null(await UserStore.FindByTokenAsync(db, expiring.Token, Ct));
        Assert.Null(await UserStore.FindByTokenAsync(db, live.Token + "x", Ct));
        Assert.DoesNotContain(await db.ApiTokens.Select(t => t.TokenHash).ToListAsync(Ct), h => h.Contains(live.Token, StringComparison.Ordinal));

        await UserStore.SetDisabledAsync(db, Actor.System(), "li", true, Ct);
        Assert.Null(await UserStore.FindByTokenAsync(db, live.Token, Ct));
    }

    [Theory]
    [InlineData("short1", "至少")]
    [InlineData("onlyletterslong", "两类")]
    public async Task AddAsync_WeakPassword_RefusedInChinese(string password, string message)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var result = await UserStore.AddAsync(db, Actor.System(), new NewUser("wang", "王", Role.Administrator, password), Ct);

        Assert.Contains(message, result.Error?.MessageZh, StringComparison.Ordinal);
        Assert.Equal(0, await db.Users.CountAsync(Ct));
    }

    [Fact]
    public async Task AuditEntries_UpdateOrDelete_RefusedByTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await AddAdminAsync(db);

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET summary = 'x'", Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries", Ct));
        Assert.Equal(1, await db.AuditEntries.CountAsync(Ct));
    }
}
