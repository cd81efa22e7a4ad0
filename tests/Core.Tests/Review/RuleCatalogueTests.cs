using System.Text.RegularExpressions;
using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review;

public partial class RuleCatalogueTests
{
    private static readonly Dictionary<RuleFamily, string> Prefixes = new()
    {
        [RuleFamily.Structure] = "STR-",
        [RuleFamily.Classification] = "CLS-",
        [RuleFamily.Values] = "VAL-",
        [RuleFamily.Money] = "MNY-",
        [RuleFamily.Document] = "DOC-",
        [RuleFamily.Goals] = "GOAL-",
    };

    [GeneratedRegex(@"^\|\s*`(?<id>[A-Z0-9-]+)`\s*\|\s*(?<severity>error|warning|info)\s*\|\s*(?<title>[^|]+?)\s*\|(?<rest>.*)$", RegexOptions.Multiline)]
    private static partial Regex RuleRow();

    [Fact]
    public void All_Ids_AreUniqueAndNamedForTheirFamily()
    {
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(r => r.Info.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleCatalogue.All, r =>
        {
            Assert.StartsWith(Prefixes[r.Info.Family], r.Info.Id, StringComparison.Ordinal);
            Assert.Matches(@"^[A-Z]+(-[A-Z0-9]+)+$", r.Info.Id);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Info.Title);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Info.Why);
        });
    }

    [Fact]
    public void RulesDoc_ListsEveryRuleWithItsSeverityAndTitle()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "rules.md"));
        var rows = RuleRow().Matches(doc).ToDictionary(m => m.Groups["id"].Value, m => m, StringComparer.Ordinal);

        Assert.Equal(RuleCatalogue.All.Select(r => r.Info.Id).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(RuleCatalogue.All, r =>
        {
            var row = rows[r.Info.Id];
            Assert.Equal(r.Info.Severity.Code(), row.Groups["severity"].Value);
            Assert.Equal(r.Info.Title, row.Groups["title"].Value);
            Assert.True(row.Groups["rest"].Value.Count(c => c == '|') >= 2, $"{r.Info.Id}: the row needs what it checks and an example");
        });
    }
}
