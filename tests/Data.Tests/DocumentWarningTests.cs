using Jixiao.Core.Reading;

namespace Jixiao.Data.Tests;

public sealed class SqliteDocumentWarningTests() : DocumentWarningTests(DatabaseProvider.Sqlite);

public sealed class PostgresDocumentWarningTests() : DocumentWarningTests(DatabaseProvider.Postgres);

/// <summary>What reading a file warned about (READ-BAD-BYTES with its line) is stored with the document and loaded with it.</summary>
public abstract class DocumentWarningTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_DocumentReadWithBadBytes_TheWarningsComeBackWithIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bytes = Seeds.Bytes(Seeds.All[0]);
        var at = Array.IndexOf(bytes, (byte)'\n', 200);
        byte[] damaged = [.. bytes[..at], 0xFF, .. bytes[at..]];
        var document = DocumentImporter.Default.Import("damaged.txt", damaged).Document!;
        Assert.NotEmpty(document.Warnings);

        await using var db = database.NewContext();
        var saved = await DocumentStore.SaveAsync(db, new DocumentUpload("damaged.txt", damaged), document, Ct);
        var loaded = await DocumentStore.LoadAsync(db, saved.Value!.DocumentId, Ct);

        Assert.Equal(
            document.Warnings.Select(w => (w.Code, w.Position.ToString(), w.Text)),
            loaded.Value!.Warnings.Select(w => (w.Code, w.Position.ToString(), w.Text)));
    }
}
