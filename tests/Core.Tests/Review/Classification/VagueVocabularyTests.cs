using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Tests.Review.Classification;

public class VagueVocabularyTests
{
    [Theory]
    [InlineData("优", "优")]
    [InlineData("得以保障", "得以保障")]
    [InlineData("保障各项工作顺利开展，做好民生实事", "保障…顺利开展")]
    [InlineData("效果明显", "明显")]
    [InlineData("按上级居保待遇标准文件执行", "按上级…执行")]
    [InlineData("按湛江下达的任务", "按…下达的任务")]
    public void Default_VagueValue_Matches(string value, string entry) =>
        Assert.Equal(entry, VagueVocabulary.Default.Match(value, yesNoIndicator: false));

    [Theory]
    [InlineData("优秀率达到95%")]
    [InlineData("健全")]
    [InlineData("12月底前完成")]
    public void Default_CheckableValue_NoMatch(string value) =>
        Assert.Null(VagueVocabulary.Default.Match(value, yesNoIndicator: false));

    [Fact]
    public void Match_YesNoIndicator_OnlyAlwaysEntries()
    {
        Assert.Null(VagueVocabulary.Default.Match("有效", yesNoIndicator: true));
        Assert.Equal("得以保障", VagueVocabulary.Default.Match("得以保障", yesNoIndicator: true));
    }

    [Fact]
    public void Parse_CommentsWholeAndWildcardEntries_Read()
    {
        var vocabulary = VagueVocabulary.Parse("# comment\n\n=尚可\n!力争…完成\n");

        Assert.Equal(2, vocabulary.Count);
        Assert.Equal("尚可", vocabulary.Match("尚可", false));
        Assert.Null(vocabulary.Match("尚可以", false));
        Assert.Equal("力争…完成", vocabulary.Match("力争年底前完成", true));
    }
}
