using static Microsoft.Playwright.Assertions;

namespace Jixiao.Browser.Tests;

public sealed class SqliteAdministrationTests(SqliteBrowserFixture fixture) : AdministrationTests(fixture), IClassFixture<SqliteBrowserFixture>;

public sealed class PostgresAdministrationTests(PostgresBrowserFixture fixture) : AdministrationTests(fixture), IClassFixture<PostgresBrowserFixture>;

/// <summary>The administrator adds a unit user on the users page, who signs in with the password shown once; disabling ends it.</summary>
public abstract class AdministrationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Users_AddThenSignInThenDisable_EachStepOnThePageAndInTheAudit()
    {
        var page = await OpenAsync("/admin/users");
        await page.Locator("#add-user input[name=userName]").FillAsync("wangfang");
        await page.Locator("#add-user input[name=displayName]").FillAsync("王芳");
        await page.Locator("#add-user select[name=role]").SelectOptionAsync("FinanceReviewer");
        await page.Locator("#add-user input[name=regionCode]").FillAsync("630123");
        await page.Locator("#add-user button[type=submit]").ClickAsync();
        await Expect(page.Locator("#users-message")).ToContainTextAsync("初始密码");
        var text = await page.Locator("#users-message").TextContentAsync();
        var password = text!.Split("初始密码：")[1].Split('（')[0];

        await page.Locator("#sign-out").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.FillAsync("#user-name", "wangfang");
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await Expect(page.Locator("#current-user")).ToContainTextAsync("王芳（财政审核）");
        await Expect(page.Locator("nav.side a[href='/admin/users']")).ToHaveCountAsync(0);

        await page.Locator("#sign-out").ClickAsync();
        await SignInAsync("admin");
        await OpenAsync("/admin/users");
        await page.Locator("tr[data-user=wangfang] button[value=disable]").ClickAsync();
        await Expect(page.Locator("#users-message")).ToContainTextAsync("已停用 wangfang");
        await OpenAsync("/admin/audit?user=wangfang");
        await Expect(page.Locator("#audit-list")).ToContainTextAsync("wangfang 登录");
    }
}
