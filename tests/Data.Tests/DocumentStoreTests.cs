using System.Data.Common;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Data.Tests;

public sealed class SqliteDocumentStoreTests() : DocumentStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgresDocumentStoreTests() : DocumentStoreTests(DatabaseProvider.Postgres);

public abstract class DocumentStoreTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> SeedNames => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public async Task SaveAsync_Seed_LoadsBackEqualInNewContext(string seed)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        SavedDocument saved;
        await using (var db = database.NewContext())
        {
            saved = await Seeds.SaveAsync(db, seed);
        }

        await using (var db = database.NewContext())
        {
            var loaded = await DocumentStore.LoadAsync(db, saved.DocumentId, Ct);
            Assert.True(loaded.IsOk, loaded.Error?.ToString());
            SheetAssert.Equal(Seeds.Read(seed), loaded.Value!);
            for (var i = 0; i < saved.SheetIds.Count; i++)
            {
                var sheet = await SheetStore.LoadAsync(db, saved.SheetIds[i], Ct);
                SheetAssert.Equal(Seeds.Read(seed).Sheets[i], sheet.Value!.Sheet);
                Assert.Equal(1, sheet.Value.Version);
            }
        }
    }

    [Fact]
    public async Task SaveAsync_Seed_KeepsBytesHashSizeAndImportTime()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = Seeds.All[0];
        await using (var db = database.NewContext())
        {
            await Seeds.SaveAsync(db, seed);
        }

        await using (var db = database.NewContext())
        {
            var document = await db.Documents.SingleAsync(Ct);
            Assert.Equal(Seeds.Bytes(seed), document.Content);
            Assert.Equal(Seeds.Bytes(seed).LongLength, document.SizeBytes);
            Assert.Equal(DocumentStore.Sha256Of(Seeds.Bytes(seed)), document.Sha256);
            Assert.Equal(64, document.Sha256.Length);
            Assert.Equal("text/plain", document.MediaType);
            Assert.Equal(FakeClock.Start, document.ImportedAt);
            Assert.All(await db.Sheets.ToListAsync(Ct), s => Assert.Equal(FakeClock.Start, s.SavedAt));
        }
    }

    [Fact]
    public async Task SaveAsync_SameBytesAgain_DuplicateNamesStoredDocument()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var first = await Seeds.SaveAsync(db, Seeds.All[1]);

        var again = await DocumentStore.SaveAsync(db, new DocumentUpload("renamed.txt", Seeds.Bytes(Seeds.All[1])), Seeds.Read(Seeds.All[1]), Ct);

        Assert.Equal(DataErrorCode.DuplicateDocument, again.Error?.Code);
        Assert.Equal(first.DocumentId, again.Error?.ExistingId);
        Assert.Contains("已导入", again.Error?.MessageZh);
        Assert.Equal(first.DocumentId, await DocumentStore.FindByHashAsync(db, Seeds.Bytes(Seeds.All[1]), Ct));
        Assert.Equal(1, await db.Documents.CountAsync(Ct));
    }

    [Theory]
    [InlineData("", "x", null, null, DataErrorCode.InvalidFileName)]
    [InlineData("a.txt", "", null, null, DataErrorCode.EmptyDocument)]
    [InlineData("a.txt", "x", "13022", "乐亭县", DataErrorCode.InvalidRegionCode)]
    [InlineData("a.txt", "x", "13022a", "乐亭县", DataErrorCode.InvalidRegionCode)]
    [InlineData("a.txt", "x", "130225", null, DataErrorCode.UnknownRegion)]
    public async Task SaveAsync_BadInput_ErrorValueAndNothingStored(string fileName, string content, string? regionCode, string? regionName, DataErrorCode expected)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var upload = new DocumentUpload(fileName, System.Text.Encoding.UTF8.GetBytes(content)) { RegionCode = regionCode, RegionName = regionName };

        var result = await DocumentStore.SaveAsync(db, upload, Seeds.Read(Seeds.All[0]), Ct);

        Assert.Equal(expected, result.Error?.Code);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Error!.MessageZh);
        Assert.StartsWith("DATA-", result.Error.CodeText, StringComparison.Ordinal);
        Assert.Equal(0, await db.Documents.CountAsync(Ct));
    }

    [Fact]
    public async Task SaveAsync_Region_CreatedOnceAndLinksOrganisations()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await Seeds.SaveAsync(db, Seeds.All[2], "130225", "乐亭县");
            await Seeds.SaveAsync(db, Seeds.All[4], "130225");
        }

        await using (var db = database.NewContext())
        {
            var region = await db.Regions.SingleAsync(Ct);
            Assert.Equal(("130225", "乐亭县"), (region.Code, region.Name));
            Assert.All(await db.Sheets.ToListAsync(Ct), s => Assert.Equal(region.Id, s.RegionId));
            var organisations = await db.Organisations.ToListAsync(Ct);
            Assert.NotEmpty(organisations);
            Assert.Equal(organisations.Count, organisations.Select(o => o.Name).Distinct().Count());
            Assert.All(await db.Sheets.Where(s => s.Department != null).ToListAsync(Ct), s => Assert.NotNull(s.DepartmentId));
        }
    }

    [Fact]
    public async Task SaveAsync_FailsHalfway_NothingStored()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var failure = new FailOnInsert("indicators");
        await using (var db = database.NewContext(failure))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Seeds.SaveAsync(db, Seeds.All[0], "632123", "湟源县"));
        }

        Assert.True(failure.CommandsBefore > 0, "the failure should come after some rows were written");

        await using (var db = database.NewContext())
        {
            Assert.Equal(0, await db.Documents.CountAsync(Ct));
            Assert.Equal(0, await db.Sheets.CountAsync(Ct));
            Assert.Equal(0, await db.Regions.CountAsync(Ct));
            Assert.Equal(0, await db.Organisations.CountAsync(Ct));
        }
    }

    [Fact]
    public async Task SaveReviewedAsync_Seed_StoresTheDocumentWithEverySheetsFindings()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = Seeds.All[1];
        var review = RuleEngine.Default.Review(Seeds.Read(seed));
        await using var db = database.NewContext();

        var saved = await DocumentStore.SaveReviewedAsync(db, new DocumentUpload(Seeds.FileName(seed), Seeds.Bytes(seed)), review, Ct);

        Assert.True(saved.IsOk, saved.Error?.ToString());
        for (var i = 0; i < saved.Value!.SheetIds.Count; i++)
        {
            var stored = await FindingStore.ListAsync(db, saved.Value.SheetIds[i], Ct);
            Assert.Equal(review.Sheets[i].Findings.Select(f => f.RuleId).Order(), stored.Select(f => f.RuleId).Order());
        }

        Assert.True(await db.ReviewFindings.AnyAsync(Ct));
    }

    [Fact]
    public async Task SaveReviewedAsync_TotalThatDoesNotAddUp_DocumentFindingKeptWithTheDocument()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = Seeds.All[1];
        var document = Seeds.Read(seed) with { Totals = [new DeclaredTotal("合计", new Money(1m, MoneyUnit.Wan), SourcePosition.Line(999))] };
        var review = RuleEngine.Default.Review(document);
        var expected = Assert.Single(review.DocumentFindings);
        await using var db = database.NewContext();

        var saved = await DocumentStore.SaveReviewedAsync(db, new DocumentUpload(Seeds.FileName(seed), Seeds.Bytes(seed)), review, Ct);

        var stored = Assert.Single(await FindingStore.ListForDocumentAsync(db, saved.Value!.DocumentId, Ct));
        Assert.Equal(("DOC-TOTAL-MISMATCH", "error", "L999"), (stored.RuleId, stored.Severity, stored.Position));
        Assert.Equal(expected.Message, stored.Message);
        Assert.Equal(expected.Why, stored.Why);

        await db.Documents.Where(d => d.Id == saved.Value.DocumentId).ExecuteDeleteAsync(Ct);
        Assert.Equal(0, await db.DocumentFindings.CountAsync(Ct));
    }

    [Fact]
    public async Task SaveReviewedAsync_FindingsFail_DocumentNotStoredEither()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = Seeds.All[1];
        var review = RuleEngine.Default.Review(Seeds.Read(seed));
        await using (var db = database.NewContext(new FailOnInsert("review_findings")))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => DocumentStore.SaveReviewedAsync(db, new DocumentUpload(Seeds.FileName(seed), Seeds.Bytes(seed)), review, Ct));
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(0, await db.Documents.CountAsync(Ct));
            Assert.Equal(0, await db.Sheets.CountAsync(Ct));
            Assert.Equal(0, await db.ReviewFindings.CountAsync(Ct));
        }
    }

    [Fact]
    public async Task SaveReviewedAsync_SameBytesTwice_SecondRefusedFirstKept()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = Seeds.All[0];
        var review = RuleEngine.Default.Review(Seeds.Read(seed));
        await using var db = database.NewContext();
        var upload = new DocumentUpload(Seeds.FileName(seed), Seeds.Bytes(seed));
        var first = await DocumentStore.SaveReviewedAsync(db, upload, review, Ct);

        var second = await DocumentStore.SaveReviewedAsync(db, upload, review, Ct);

        Assert.Equal(DataErrorCode.DuplicateDocument, second.Error?.Code);
        Assert.Equal(first.Value!.DocumentId, second.Error?.ExistingId);
        Assert.Equal(1, await db.Documents.CountAsync(Ct));
        Assert.Equal(review.Sheets.Sum(s => s.Findings.Count), await db.ReviewFindings.CountAsync(Ct));
    }

    /// <summary>Breaks the connection's work when the save reaches a table, as a failing disk would.</summary>
    private sealed class FailOnInsert(string table) : DbCommandInterceptor
    {
        public int CommandsBefore { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        // Large tables are written in bulk, by statements that return no rows.
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Check(DbCommand command)
        {
            if (command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal) || command.CommandText.Contains($"INSERT INTO {table} ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("simulated failure");
            }

            CommandsBefore += command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) ? 1 : 0;
        }
    }
}
