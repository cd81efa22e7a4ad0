using Jixiao.Core.Review.Rules.Document;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

public class ProjectNamesTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "就业补助资金", "就业补助资金" },
        { "就业补助资金（3-1）", "就业补助资金(3-1)" },
        { "就业补助资金（3-1）", "就业补助资金（3-10）" },
        { "2024年就业补助资金", "就业补助资金" },
        { "2024年度就业补助资金", "就业 补助资金" },
        { "2024年度", "度" },
        { "2024年度", "" },
        { "2024年", "2024年" },
        { "2024年X", "X" },
        { "２０２４年ＣＡ证书", "ca证书" },
        { "3024年项目", "项目" },
        { "ＣＡ证书使用费用", "CA证书使用费" },
        { "", "。" },
    };

    /// <summary>SameKey and KeyHash read the names as Key reduces them, without building the keys.</summary>
    [Theory]
    [MemberData(nameof(Pairs))]
    public void SameKeyAndKeyHash_AgreeWithKey(string a, string b)
    {
        var same = string.Equals(ProjectNames.Key(a), ProjectNames.Key(b), StringComparison.Ordinal);

        Assert.Equal(same, ProjectNames.SameKey(a, b));
        Assert.Equal(same, ProjectNames.SameKey(b, a));
        if (same)
        {
            Assert.Equal(ProjectNames.KeyHash(a), ProjectNames.KeyHash(b));
        }
    }

    [Theory]
    [InlineData("2024年度就业补助资金", "就业补助资金")]
    [InlineData("２０２４年ＣＡ证书", "CA证书")]
    [InlineData("就业补助资金（3-1）", "就业补助资金31")]
    [InlineData("2024年度", "")]
    [InlineData("2024年", "2024年")]
    public void Key_DropsTheYearAndPunctuation(string name, string key) =>
        Assert.Equal(key, ProjectNames.Key(name));
}
