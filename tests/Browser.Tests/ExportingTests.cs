using System.IO.Compression;
using System.Text.RegularExpressions;
using Jixiao.Core.Export.Forms;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Browser.Tests;

public sealed class SqliteExportingTests(SqliteBrowserFixture fixture) : ExportingTests(fixture), IClassFixture<SqliteBrowserFixture>;

public sealed class PostgresExportingTests(PostgresBrowserFixture fixture) : ExportingTests(fixture), IClassFixture<PostgresBrowserFixture>;

/// <summary>
/// 按区划年度打包下载 in the browser: from the 目标表 list filtered by region and year to the export page with
/// them chosen, the export started, its progress bar polled to 100%, and the zip downloaded.
/// </summary>
public abstract class ExportingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Export_FromTheList_ProgressReaches100AndTheZipDownloads()
    {
        // PDF where LibreOffice is installed (as in CI): printing takes long enough that the page shows the job
        // unfinished and its script has to poll it to the end; else Word, which may be done before the page shows.
        var format = new PdfFormWriter(new DocxFormWriter()).Available ? "pdf" : "docx";
        await OpenAsync("/sheets?region=130225&year=2024");
        await Page.Locator("#download-package").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/exports\?region=130225&year=2024$"));
        await Expect(Page.Locator("#export-choice")).ToHaveValueAsync("130225|2024");
        await Page.Locator("#export-format").SelectOptionAsync(format);
        var polled = format == "pdf" ? Page.WaitForResponseAsync(r => Regex.IsMatch(r.Url, @"/api/exports/[0-9a-f]{32}$"), new() { Timeout = 120_000 }) : null;

        await Page.Locator("#export-start").ClickAsync();

        var row = Page.Locator("tr[data-export-job]").First;
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.Locator("[data-role=status]")).ToHaveTextAsync("已完成", new() { Timeout = 120_000 });
        await Expect(row.Locator("[data-role=count]")).ToHaveTextAsync("16 / 16 张（100%）");
        Assert.Equal(100, await row.Locator("[data-role=bar]").EvaluateAsync<int>("bar => bar.value"));
        if (polled is not null)
        {
            Assert.True((await polled).Ok, "the page's script did not poll the job's status");
        }

        var download = await Page.RunAndWaitForDownloadAsync(() => row.Locator("a[download]").ClickAsync());
        Assert.Equal($"绩效目标表-130225-2024-{format}.zip", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), "jixiao-browser-exports", Guid.NewGuid().ToString("N") + ".zip");
        await download.SaveAsAsync(path);
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(16, zip.Entries.Count(e => e.FullName.EndsWith("." + format, StringComparison.Ordinal)));
        Assert.Contains(zip.Entries, e => e.FullName == FormArchive.IndexName);
        await ScreenshotAsync("exports");
    }
}
