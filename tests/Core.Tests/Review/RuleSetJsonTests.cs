using Jixiao.Core.Review;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review;

public class RuleSetJsonTests
{
    [Fact]
    public void Parse_ShippedDefault_ListsEveryRuleOfTheCatalogue()
    {
        var set = RuleSetJson.Parse(RuleSet.DefaultJson(), RuleCatalogue.All).RuleSet!;

        Assert.Equal(RuleCatalogue.All.Select(r => r.Info.Id).Order(StringComparer.Ordinal), set.Rules.Keys.Order(StringComparer.Ordinal));
        Assert.All(RuleCatalogue.All, r => Assert.Equal(r.Info.Severity, set.For(r.Info).Severity));
    }

    [Fact]
    public void Parse_ThresholdAndFramework_AreRead()
    {
        var set = RuleSetJson.Parse(
            """{ "name": "某省", "framework": "101号", "rules": { "MNY-COST-OVER-BUDGET": { "parameters": { "tolerancePercent": 5 } } } }""",
            RuleCatalogue.All).RuleSet!;

        var rule = RuleCatalogue.All.Single(r => r.Info.Id == "MNY-COST-OVER-BUDGET").Info;
        Assert.Equal("某省", set.Name);
        Assert.Equal(FrameworkVersion.V101, set.Framework);
        Assert.Equal(5m, set.For(rule).Parameter(rule, "tolerancePercent"));
    }

    [Theory]
    [InlineData("{ not json", "RULESET-JSON")]
    [InlineData("[]", "RULESET-JSON")]
    [InlineData("""{ "rules": { "NO-SUCH-RULE": {} } }""", "RULESET-UNKNOWN-RULE")]
    [InlineData("""{ "rules": { "VAL-UNIT-RATE-PERSON": { "severity": "fatal" } } }""", "RULESET-SEVERITY")]
    [InlineData("""{ "rules": { "MNY-COST-OVER-BUDGET": { "parameters": { "floor": 1 } } } }""", "RULESET-UNKNOWN-PARAMETER")]
    [InlineData("""{ "rules": { "MNY-COST-OVER-BUDGET": { "parameters": { "tolerancePercent": "5" } } } }""", "RULESET-PARAMETER")]
    [InlineData("""{ "framework": "2015" }""", "RULESET-FRAMEWORK")]
    public void Parse_BadInput_ErrorWithCodeAndChineseMessage(string json, string code)
    {
        var parsed = RuleSetJson.Parse(json, RuleCatalogue.All);

        Assert.Null(parsed.RuleSet);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(code, error.Code);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
    }
}

/// <summary>What stored findings record as their rule set (docs/decisions/020, 022).</summary>
public class RuleSetStampTests
{
    private static RuleSet Parse(string json) => RuleSetJson.Parse(json, RuleCatalogue.All).RuleSet!;

    [Fact]
    public void Stamp_ShippedDefault_ItsNameAndAFingerprint() =>
        Assert.Matches("^" + RuleSet.Default.Name + "@[0-9a-f]{8}$", RuleSet.Default.Stamp);

    /// <summary>The default written out as a file under its own name is the same set: the fingerprint is of what a set configures.</summary>
    [Fact]
    public void Stamp_DefaultWrittenAsAFile_SameAsTheShippedDefault() =>
        Assert.Equal(RuleSet.Default.Stamp, Parse(RuleSet.DefaultJson()).Stamp);

    /// <summary>
    /// Bare names are what stored findings recorded before stamps had a fingerprint (and the default before the catalogue had a
    /// revision): no stamp is one, so those findings count as pending and are reviewed again.
    /// </summary>
    [Fact]
    public void Stamp_NeverABareName() =>
        Assert.All([RuleSet.Default, Parse("""{ "name": "县规则集" }""")], set => Assert.NotEqual(set.Name, set.Stamp));

    [Fact]
    public void Stamp_SameSettingsWrittenDifferently_Same() =>
        Assert.Equal(
            Parse("""{ "name": "县规则集", "rules": { "VAL-VAGUE": { "enabled": false }, "VAL-SIGN-MISSING": { "severity": "warning" } } }""").Stamp,
            Parse("""{"rules":{"VAL-SIGN-MISSING":{"severity":"warning"},"VAL-VAGUE":{"enabled":false}},"name":"县规则集"}""").Stamp);

    [Fact]
    public void Stamp_FileChangedUnderTheSameName_Differs()
    {
        var before = Parse("""{ "name": "县规则集", "rules": { "VAL-VAGUE": { "enabled": false } } }""");
        var after = Parse("""{ "name": "县规则集", "rules": { "VAL-VAGUE": { "enabled": true } } }""");

        Assert.StartsWith("县规则集@", before.Stamp, StringComparison.Ordinal);
        Assert.NotEqual(before.Stamp, after.Stamp);
    }
}
