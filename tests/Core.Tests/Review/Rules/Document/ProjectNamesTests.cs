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

    /// <summary>MatchKeys with its pair share cut short answers as the share computed in full does.</summary>
    [Theory]
    [InlineData("就业补助资金", "就业补助专项资金")]
    [InlineData("就业补助资金", "就业资金补助")]
    [InlineData("农村劳动力转移就业培训", "农村劳动力转移培训就业")]
    [InlineData("ABCDEFGHIJ", "ABCDEFGHIK")]
    [InlineData("ABCDEFGHIJ", "XBCDEFGHIJ")]
    [InlineData("ABCDE", "ABCDF")]
    [InlineData("AB", "AB")]
    [InlineData("ABAB", "ABABAB")]
    [InlineData("社会保险基金监督举报奖励资金", "人力资源市场运营经费")]
    [InlineData("开展职业技能培训，提升劳动者就业能力", "职业技能提升培训")]
    public void MatchKeys_AgreesWithTheFullPairShare(string x, string y)
    {
        Assert.Equal(Full(x, y) >= 0.8 || x == y || Holds(x, y), ProjectNames.MatchKeys(x, y));
        Assert.Equal(Full(y, x) >= 0.8 || x == y || Holds(x, y), ProjectNames.MatchKeys(y, x));
    }

    private static bool Holds(string x, string y) =>
        x.Length <= y.Length ? x.Length >= 4 && y.Contains(x, StringComparison.Ordinal) : y.Length >= 4 && x.Contains(y, StringComparison.Ordinal);

    private static double Full(string x, string y)
    {
        if (x.Length < 2 || y.Length < 2)
        {
            return 0;
        }

        var pairs = Enumerable.Range(0, x.Length - 1).Select(i => x.Substring(i, 2)).ToList();
        var shared = 0;
        for (var i = 0; i + 1 < y.Length; i++)
        {
            var at = pairs.IndexOf(y.Substring(i, 2));
            if (at >= 0)
            {
                pairs[at] = "";
                shared++;
            }
        }

        return 2.0 * shared / (x.Length - 1 + y.Length - 1);
    }
}
