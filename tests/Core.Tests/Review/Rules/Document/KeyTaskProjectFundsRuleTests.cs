using Jixiao.Core.Review.Rules.Document;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.Rules.DocumentFamily.DocumentSheets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

public class KeyTaskProjectFundsRuleTests
{
    private static readonly KeyTaskProjectFundsRule Rule = new();

    [Fact]
    public void Check_FundsDiffer_Reports()
    {
        var document = Document(Department(null, Task("三支一扶高校毕业生工作生活补贴", 80)), Project("三支一扶高校毕业生工作生活补贴", 72));

        var finding = Assert.Single(FindingsOf(Rule, document));

        Assert.Equal("DOC-TASK-FUNDS-MISMATCH", finding.RuleId);
        Assert.Contains("80.00万元", finding.Message, StringComparison.Ordinal);
        Assert.Contains("72.00万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameAmountInYuan_NoFinding()
    {
        var project = Project("三支一扶高校毕业生工作生活补贴", 0) with
        {
            Budget = new Budget { Total = new Jixiao.Core.Targets.Money(720000m, MoneyUnit.Yuan), CurrentYear = new Jixiao.Core.Targets.Money(720000m, MoneyUnit.Yuan) },
        };

        Assert.Empty(FindingsOf(Rule, Document(Department(null, Task("三支一扶高校毕业生工作生活补贴", 72)), project)));
    }

    [Fact]
    public void Check_TaskWithoutFunds_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Department(null, Task("三支一扶高校毕业生工作生活补贴", null)), Project("三支一扶高校毕业生工作生活补贴", 72))));

    [Fact]
    public void Check_TaskWithoutProject_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Department(null, Task("三支一扶高校毕业生工作生活补贴", 80)), Project("再就业工作经费", 72))));
}
