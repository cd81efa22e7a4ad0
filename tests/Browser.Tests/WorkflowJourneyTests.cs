using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Browser.Tests;

public sealed class SqliteWorkflowJourneyTests(SqliteBrowserFixture fixture) : WorkflowJourneyTests(fixture), IClassFixture<SqliteBrowserFixture>;

public sealed class PostgresWorkflowJourneyTests(PostgresBrowserFixture fixture) : WorkflowJourneyTests(fixture), IClassFixture<PostgresBrowserFixture>;

/// <summary>
/// The life of one sheet in the browser, with the demo users of a first start: the 主管部门 marks the
/// errors 不适用; the unit submits from 待办; the 主管部门 returns it with a row comment; the unit sees the
/// comment, fixes the sheet in the editor and resubmits; the 主管部门 passes; 财政 approves with 良 and
/// publishes; the sheet is on the portal and downloadable, the diff shows the fix, and the record shows each step.
/// </summary>
public abstract partial class WorkflowJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    protected override string? SignInAs => null;

    private async Task AsAsync(string user)
    {
        await OpenAsync("/gongkai");
        if (await Page.Locator("#sign-out").CountAsync() > 0)
        {
            await Page.Locator("#sign-out").ClickAsync();
            await Page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        }

        await SignInAsync(user);
    }

    private async Task ActAsync(string action, string? comment = null, string? grade = null)
    {
        await Page.Locator("#workflow-action").SelectOptionAsync(action);
        if (grade is not null)
        {
            await Page.Locator("#workflow-grade-input").SelectOptionAsync(grade);
        }

        if (comment is not null)
        {
            await Page.Locator("#workflow-comment").FillAsync(comment);
        }

        await Page.Locator("#workflow-submit").ClickAsync();
        await Expect(Page.Locator("#workflow-message")).ToHaveClassAsync("passed");
    }

    [Fact]
    public async Task Journey_UnitToPortal_EachStepInTheBrowserAndInTheRecord()
    {
        // The 主管部门 finds the unit's sheet and marks each error finding 不适用 with a reason.
        await AsAsync("zhuguan");
        await OpenAsync("/sheets");
        await Page.Locator("table.list tbody tr a").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/sheets/\d+$"));
        var sheetPath = new Uri(Page.Url).AbsolutePath;
        await OpenAsync(sheetPath); // a whole page, not the enhanced navigation's patch still under way
        await Expect(Page.Locator("#workflow-status")).ToHaveTextAsync("草稿");
        for (var i = 0; i < 40 && await Page.Locator("#open-errors").CountAsync() > 0; i++)
        {
            // The form offers the open errors first; each marked 不适用 no longer blocks submission.
            var open = await Page.Locator("#open-errors").GetAttributeAsync("data-count");
            await Page.Locator("#mark-status").SelectOptionAsync("not-applicable");
            await Page.Locator("#mark-reason").FillAsync("已与单位核实，按文件执行");
            await Page.Locator("#mark-submit").ClickAsync();
            await Expect(Page.Locator($"#open-errors[data-count='{open}']")).ToHaveCountAsync(0);
            await Expect(Page.Locator("#workflow-message")).ToContainTextAsync("已标记为“不适用”");
        }

        // The unit sees it in 待办 and submits it.
        await AsAsync("danwei");
        await OpenAsync("/tasks");
        await Expect(Page.Locator($"tr[data-sheet='{sheetPath.Split('/')[^1]}']")).ToHaveCountAsync(1);
        await ScreenshotAsync("tasks");
        await OpenAsync(sheetPath);
        await ActAsync("submit");
        await Expect(Page.Locator("#workflow-status")).ToHaveTextAsync("待主管部门审核");

        // The 主管部门 comments on a row and returns the sheet.
        await AsAsync("zhuguan");
        await OpenAsync(sheetPath);
        await Page.Locator("#comment-text").FillAsync("指标值请量化，写明人数");
        await Page.Locator("#comment-submit").ClickAsync();
        await Expect(Page.Locator("#row-comments")).ToContainTextAsync("指标值请量化");
        await ActAsync("return", comment: "请按行意见修改后重新提交");
        await Expect(Page.Locator("#workflow-status")).ToHaveTextAsync("已退回");

        // The unit sees the comment, fixes the title in the editor and resubmits.
        await AsAsync("danwei");
        await OpenAsync(sheetPath);
        await Expect(Page.Locator("#row-comments")).ToContainTextAsync("指标值请量化");
        await Expect(Page.Locator("table [data-row-comment]").First).ToContainTextAsync("指标值请量化");
        await ScreenshotAsync("row-comment");
        await OpenAsync(sheetPath + "/edit");
        await Expect(Page.Locator("#edit-save")).ToBeEnabledAsync();
        await Page.Locator("#edit-title").FillAsync("按意见修改后的目标表");
        await Page.Locator("#edit-title").PressAsync("Tab");
        await Page.Locator("#edit-save").ClickAsync();
        await Expect(Page.Locator("#edit-status")).ToContainTextAsync("已保存");
        await OpenAsync(sheetPath);
        await ActAsync("submit");

        // The 主管部门 passes; 财政 sees the proposed 审核结果, approves with 良 and publishes.
        await AsAsync("zhuguan");
        await OpenAsync(sheetPath);
        await ActAsync("pass");
        await AsAsync("caizheng");
        await OpenAsync(sheetPath);
        await Expect(Page.Locator("#grade-proposal")).ToContainTextAsync("建议审核结果");
        await ActAsync("pass", grade: "Good");
        await Expect(Page.Locator("#workflow-status")).ToHaveTextAsync("已批复");
        await ActAsync("publish");
        await Expect(Page.Locator("#workflow-status")).ToHaveTextAsync("已公开");
        await Expect(Page.Locator("#history")).ToContainTextAsync("审核结果“良”");

        // The diff of the two submissions shows the fix.
        await OpenAsync(sheetPath + "/diff?from=1&to=2");
        await Expect(Page.Locator("#diff-fields")).ToContainTextAsync("按意见修改后的目标表");
        await ScreenshotAsync("diff");

        // Anonymous: on the portal, downloadable.
        await Page.Locator("#sign-out").ClickAsync();
        await OpenAsync("/gongkai");
        var id = sheetPath.Split('/')[^1];
        await Expect(Page.Locator($"#portal-list a[href='/gongkai/{id}']")).ToHaveCountAsync(1);
        await ScreenshotAsync("portal");
        var csv = await Page.APIRequest.GetAsync($"/api/public/sheets/{id}?format=csv");
        Assert.Equal(200, csv.Status);
        Assert.Contains("三级指标", await csv.TextAsync(), StringComparison.Ordinal);
    }
}
