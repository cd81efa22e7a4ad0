using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Browser.Tests;

public sealed class SqliteFindingMarksTests(SqliteBrowserFixture fixture) : FindingMarksTests(fixture), IClassFixture<SqliteBrowserFixture>;

public sealed class PostgresFindingMarksTests(PostgresBrowserFixture fixture) : FindingMarksTests(fixture), IClassFixture<PostgresBrowserFixture>;

/// <summary>
/// Issue 12 item 5 in the browser: 财政审核 marks a finding 不适用 with a reason on the sheet page; the unit
/// then sees the mark beside the finding (“不适用 · caizheng · date：reason”), read-only.
/// </summary>
public abstract class FindingMarksTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Reason = "本县按人数考核就业技能培训，不适用";

    protected override string? SignInAs => "danwei";

    [Fact]
    public async Task Mark_NotApplicableAsFinanceReviewer_TheUnitSeesItBesideTheFinding()
    {
        // A sheet of the unit's, as the unit reaches it.
        await OpenAsync("/sheets");
        await Page.Locator("table.list tbody tr a").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/sheets/\d+$"));
        var sheetPath = new Uri(Page.Url).AbsolutePath;

        // 财政审核 of the region marks the first finding the form offers.
        await Page.Locator("#sign-out").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await SignInAsync("caizheng");
        await OpenAsync(sheetPath);
        var rule = (await Page.Locator("#mark-finding").InputValueAsync()).Split('|')[0];
        await Page.Locator("#mark-status").SelectOptionAsync("not-applicable");
        await Page.Locator("#mark-reason").FillAsync(Reason);
        await Page.Locator("#mark-submit").ClickAsync();
        await Expect(Page.Locator("#workflow-message")).ToContainTextAsync("已标记为“不适用”");
        await Expect(Page.Locator($".findings li[data-rule='{rule}'] .mark-note").First).ToContainTextAsync("不适用 · caizheng · ");

        // The unit sees the mark beside the finding and in the workflow card, and cannot mark.
        await Page.Locator("#sign-out").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await SignInAsync("danwei");
        await OpenAsync(sheetPath);
        var note = Page.Locator($".findings li[data-rule='{rule}'] .mark-note[data-mark='not-applicable']").First;
        await Expect(note).ToContainTextAsync("不适用 · caizheng · ");
        await Expect(note).ToContainTextAsync("：" + Reason);
        await Expect(Page.Locator("#finding-marks")).ToContainTextAsync(Reason);
        await Expect(Page.Locator("#mark-form")).ToHaveCountAsync(0);
        await ScreenshotAsync("finding-mark");
    }
}
