using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading;

public sealed class ReadDeadlineTests
{
    [Fact]
    public void Import_RequestAlreadyCancelled_StopsWithReadCancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var outcome = DocumentImporter.Default.Import("004.txt", File.ReadAllBytes(Seeds.PathOf(Seeds.UnitAndProjects004)), ReadDeadline.DefaultBudget, cancel.Token);

        Assert.Null(outcome.Document);
        Assert.Equal("READ-CANCELLED", outcome.Error!.CodeText);
    }

    [Fact]
    public void Import_BudgetSpent_StopsWithReadTimeoutInChinese()
    {
        var outcome = DocumentImporter.Default.Import("004.txt", File.ReadAllBytes(Seeds.PathOf(Seeds.UnitAndProjects004)), TimeSpan.Zero, CancellationToken.None);

        Assert.Null(outcome.Document);
        Assert.Equal("READ-TIMEOUT", outcome.Error!.CodeText);
        Assert.Contains("已停止", outcome.Error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithinBudget_ReadsAndLeavesNoDeadlineBehind()
    {
        var first = DocumentImporter.Default.Import("004.txt", File.ReadAllBytes(Seeds.PathOf(Seeds.UnitAndProjects004)), TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.NotNull(first.Document);

        // The scope ended with the import: checks outside any import never stop anything.
        ReadDeadline.Check();
        Assert.Equal(first.Document!.Sheets.Count, DocumentImporter.Default.Import("004.txt", File.ReadAllBytes(Seeds.PathOf(Seeds.UnitAndProjects004))).Document!.Sheets.Count);
    }
}
