using Jixiao.Core.Review.Rules.Goals;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class GoalTextTests
{
    [Theory]
    [InlineData("培训740人", "740")]
    [InlineData("入驻孵化3家以上", "3")]
    [InlineData("覆盖率95.50%", "95.50")]
    [InlineData("补贴0.5万元", "0.5")]
    [InlineData("新增007个岗位", "007")]
    [InlineData("服务123456789012345678人", "123456789012345678")]
    [InlineData("服务1234567890123456789人", "1234567890123456789")]
    [InlineData("发放1.000000000000001万元", "1.000000000000001")]
    public void Quantities_ReadTheNumberAsDecimalParseDoes(string text, string number)
    {
        var quantity = Assert.Single(GoalText.Quantities(text));

        var expected = decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, quantity.Number);
        Assert.Equal(expected.Scale, quantity.Number.Scale); // 95.50 keeps its scale, as messages write it
    }
}
