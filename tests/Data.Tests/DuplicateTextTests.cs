using System.Text;
using Jixiao.Core.Reading;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteDuplicateTextTests() : DuplicateTextTests(DatabaseProvider.Sqlite);

public sealed class PostgresDuplicateTextTests() : DuplicateTextTests(DatabaseProvider.Postgres);

/// <summary>
/// Issue 13: the same document in another encoding was stored again as new. Besides the hash of its bytes, a
/// document keeps the hash of its decoded, normalised text, and a save finds an existing document by either.
/// </summary>
public abstract class DuplicateTextTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Seed => Seeds.All[4];

    /// <summary>The seed's text in another encoding (GB18030) with Windows line ends: other bytes, the same document.</summary>
    private static byte[] OtherEncoding() =>
        TextDecoding.Gb18030.GetBytes(Encoding.UTF8.GetString(Seeds.Bytes(Seed)).Replace("\n", "\r\n", StringComparison.Ordinal));

    [Fact]
    public async Task SaveAsync_SameTextInOtherEncoding_DuplicateNamesStoredDocument()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var first = await Seeds.SaveAsync(db, Seed);
        var bytes = OtherEncoding();
        Assert.NotEqual(Seeds.Bytes(Seed), bytes);
        var read = DocumentImporter.Default.Import("gb.txt", bytes).Document!;

        var again = await DocumentStore.SaveAsync(db, new DocumentUpload("gb.txt", bytes), read, Ct);

        Assert.Equal(DataErrorCode.DuplicateDocument, again.Error?.Code);
        Assert.Equal(first.DocumentId, again.Error?.ExistingId);
        Assert.Null(await DocumentStore.FindByHashAsync(db, bytes, Ct));
        Assert.Equal(first.DocumentId, await DocumentStore.FindDuplicateAsync(db, bytes, read.TextSha256, Ct));
        Assert.Equal(1, await db.Documents.CountAsync(Ct));
        Assert.Equal(read.TextSha256, await db.Documents.Select(d => d.TextSha256).SingleAsync(Ct));
    }

    [Fact]
    public async Task SaveAsync_OtherText_StoredAsNew()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await Seeds.SaveAsync(db, Seed);
        var bytes = TextDecoding.Gb18030.GetBytes(Encoding.UTF8.GetString(Seeds.Bytes(Seed)) + "\n填表人：张三\n");
        var read = DocumentImporter.Default.Import("gb.txt", bytes).Document!;

        var saved = await DocumentStore.SaveAsync(db, new DocumentUpload("gb.txt", bytes), read, Ct);

        Assert.Null(saved.Error);
        Assert.Equal(2, await db.Documents.CountAsync(Ct));
    }

    [Fact]
    public async Task SaveAsync_SameTextSavedConcurrentlyPastTheCheck_UniqueIndexRefusesTheSecond()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await Seeds.SaveAsync(db, Seed);
        }

        // The check is passed (no text hash to look by), but the store still holds one document per text.
        await using (var db = database.NewContext())
        {
            var bytes = OtherEncoding();
            var read = DocumentImporter.Default.Import("gb.txt", bytes).Document!;
            db.Documents.Add(new Entities.SourceDocumentEntity
            {
                FileName = "gb.txt", MediaType = "text/plain", Source = "gb.txt", Content = bytes, Sha256 = DocumentStore.Sha256Of(bytes),
                TextSha256 = read.TextSha256, ImportedAt = FakeClock.Start,
            });

            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }
    }
}
