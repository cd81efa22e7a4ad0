using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;

namespace Jixiao.Web.Tests;

public sealed class SqliteRuleSetChoicePageTests(SqliteFactory factory) : RuleSetChoicePageTests(factory), IClassFixture<SqliteFactory>;

/// <summary>Issue 12: a reviewer chooses the region's rule set on a sheet's page (only the CLI could).</summary>
public abstract class RuleSetChoicePageTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SheetView_RegionRuleSetChosen_ReviewsWithIt()
    {
        factory.RequireDatabase();
        var folder = Directory.CreateTempSubdirectory("jixiao-rule-sets").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "region.json"),
            """{ "name": "测试地区规则集", "rules": { "MNY-COST-OVER-BUDGET": { "enabled": false } } }""", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), """{ "name": "坏的", "rules": { "NO-SUCH-RULE": {} } }""", Ct);
        using var withSets = factory.WithWebHostBuilder(b => b.UseSetting("Jixiao:RuleSetsFolder", folder));
        var client = withSets.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", factory.TokenOf("admin"));
        var list = await client.GetStringAsync("/sheets?q=" + Uri.EscapeDataString("编制外长期聘用人员支出"), Ct);
        var id = Regex.Match(list, "href=\"/sheets/(\\d+)\"").Groups[1].Value;

        var byDefault = await client.GetStringAsync("/sheets/" + id, Ct);
        var response = await client.GetAsync("/sheets/" + id + "?rules=" + Uri.EscapeDataString("测试地区规则集"), Ct);
        var byRegion = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<option value=\"测试地区规则集\"", byDefault, StringComparison.Ordinal);
        Assert.DoesNotContain("坏的", byDefault, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"MNY-COST-OVER-BUDGET\"", byDefault, StringComparison.Ordinal);
        Assert.DoesNotContain("data-rule=\"MNY-COST-OVER-BUDGET\"", byRegion, StringComparison.Ordinal);
        Assert.Contains("当前：测试地区规则集", byRegion, StringComparison.Ordinal);
    }
}
