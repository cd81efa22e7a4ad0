namespace Jixiao.Web.Tests;

public abstract partial class ImportPageTests
{
    /// <summary>Issue 12: the preview lists the findings themselves (title, place, message, fix), not only their count.</summary>
    [Fact]
    public async Task ImportPage_Preview_ListsTheFindings()
    {
        var client = Client();
        var page = await client.GetStringAsync("/import", Ct);

        var preview = await PostFormAsync(client, "/import", page, "upload", "findings.txt", ImportFiles.SmallProject("预览审核意见测试项目"));

        Assert.Contains("审核意见明细", preview, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"STR-L1-MISSING\"", preview, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"title\">缺少一级指标</strong>", preview, StringComparison.Ordinal);
        Assert.Contains("缺少效益指标", preview, StringComparison.Ordinal);
        Assert.Contains("建议：补充效益指标", preview, StringComparison.Ordinal);
    }
}
