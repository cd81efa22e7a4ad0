using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Targets;

public class SourcePositionTests
{
    public static TheoryData<string?, int, int, int, string> Positions => new()
    {
        { null, 12, 0, 0, "L12" },
        { null, 12, 3, 0, "L12:C3" },
        { null, 12, 3, 2, "L12:C3#2" },
        { null, 7, 0, 4, "L7#4" },
        { "表2", 12, 3, 0, "表2!C12" },
        { "Sheet1", 7, 0, 0, "Sheet1!7" },
        { "Sheet1", 100, 27, 5, "Sheet1!AA100#5" },
        { "正文", 3, 0, 0, "正文!3" },
        { "表1", 0, 0, 0, "表1!0" },
        { "a!b#c", 2, 703, 1, "a!b#c!AAA2#1" },
        { "", 1, 1, 0, "!A1" },
        { "表3", 9, 321272406, 0, "表3!ZZZZZZ9" },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void Parse_TextOfToString_RoundTrips(string? part, int row, int column, int item, string text)
    {
        var position = new SourcePosition(part, row, column, item);

        Assert.Equal(text, position.ToString());
        Assert.Equal(position, SourcePosition.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("L")]
    [InlineData("Lx")]
    [InlineData("L12:C")]
    [InlineData("L12:C0")]
    [InlineData("L12#")]
    [InlineData("L12#0")]
    [InlineData("L12#x")]
    [InlineData("表2!")]
    [InlineData("表2!C")]
    [InlineData("表2!c12")]
    [InlineData("表2!C12x")]
    [InlineData("L-1")]
    [InlineData("L１２")]
    [InlineData("L99999999999")]
    [InlineData("表2!AAAAAAA1")]
    public void TryParse_NotAPosition_ReturnsFalse(string? text)
    {
        Assert.False(SourcePosition.TryParse(text, out _));
    }

    [Fact]
    public void Parse_NotAPosition_Throws()
    {
        Assert.Throws<FormatException>(() => SourcePosition.Parse("nowhere"));
    }

    [Fact]
    public void ColumnNumber_Letters_IsInverseOfColumnName()
    {
        for (var column = 1; column < 2000; column++)
        {
            Assert.Equal(column, SourcePosition.ColumnNumber(SourcePosition.ColumnName(column)));
        }
    }

    [Theory]
    [InlineData(null, 12, 0, 0, "第12行")]
    [InlineData(null, 12, 3, 0, "第12行第3栏")]
    [InlineData(null, 12, 3, 2, "第12行第3栏第2项")]
    [InlineData("项目表", 12, 2, 0, "工作表“项目表”B12")]
    [InlineData("Sheet1", 7, 0, 0, "工作表“Sheet1”第7行")]
    [InlineData("表2", 3, 2, 0, "表2第3行第2列")]
    [InlineData("表2", 0, 0, 0, "表2")]
    [InlineData("正文", 5, 0, 0, "正文第5段")]
    public void Describe_EachKindOfPlace_AsAPersonFindsItInTheOriginal(string? part, int row, int column, int item, string expected) =>
        Assert.Equal(expected, new SourcePosition(part, row, column, item).Describe());
}
