using System.Text;
using System.Text.Json;
using Jixiao.Core.Review;

namespace Jixiao.Cli.Tests;

public class ReviewCommandTests
{
    [Fact]
    public void Review_AllSeeds_ListsTheKnownDefectsAndASummary()
    {
        var (exit, output, error) = CliRunner.Run(["review", .. CliRunner.AllSeeds]);

        Assert.Equal(1, exit);
        Assert.Equal("", error);
        var cost = output.IndexOf("[项目] 编制外长期聘用人员支出", StringComparison.Ordinal);
        Assert.True(cost >= 0, output);
        Assert.Contains("MNY-COST-OVER-BUDGET", output[cost..], StringComparison.Ordinal);
        Assert.Contains("≤26.97万元", output[cost..], StringComparison.Ordinal);
        Assert.Contains("VAL-UNIT-RATE-PERSON", output, StringComparison.Ordinal);
        // Title first, the id after it for reference; the place as the form's row and the indicator's name.
        Assert.Contains("错误  比率指标使用了计数单位  [VAL-UNIT-RATE-PERSON]", output, StringComparison.Ordinal);
        Assert.Contains("第27行“就业技能培训就业率”：", output, StringComparison.Ordinal);
        Assert.DoesNotContain("位置 L", output, StringComparison.Ordinal);
        Assert.Contains("财预〔2015〕88号", output, StringComparison.Ordinal);
        Assert.Contains("审核汇总：5 个文件，46 张表，420 个指标", output, StringComparison.Ordinal);
        Assert.Contains("按规则", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output); // no colour codes when redirected
    }

    [Fact]
    public void Review_Json_FollowsTheContract()
    {
        var (exit, output, _) = CliRunner.Run(["review", "--json", .. CliRunner.AllSeeds]);

        Assert.Equal(1, exit);
        var root = JsonDocument.Parse(output).RootElement;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["error"] = 0, ["warning"] = 0, ["info"] = 0 };
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(JsonElement finding)
        {
            Assert.Equal(JsonValueKind.String, finding.GetProperty("rule").ValueKind);
            var severity = finding.GetProperty("severity").GetString()!;
            Assert.Contains(severity, counts.Keys);
            Assert.True(finding.GetProperty("indicator").ValueKind is JsonValueKind.String or JsonValueKind.Null);
            Assert.False(string.IsNullOrEmpty(finding.GetProperty("position").GetString()));
            Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetString()));
            Assert.True(finding.GetProperty("fix").ValueKind is JsonValueKind.String or JsonValueKind.Null);
            counts[severity]++;
            var rule = finding.GetProperty("rule").GetString()!;
            byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
        }

        var documents = root.GetProperty("documents");
        Assert.Equal(5, documents.GetArrayLength());
        foreach (var document in documents.EnumerateArray())
        {
            Assert.EndsWith(".txt", document.GetProperty("source").GetString(), StringComparison.Ordinal);
            foreach (var finding in document.GetProperty("findings").EnumerateArray())
            {
                Count(finding);
            }

            foreach (var sheet in document.GetProperty("sheets").EnumerateArray())
            {
                Assert.Contains(sheet.GetProperty("kind").GetString(), new[] { "department", "project" });
                Assert.True(sheet.GetProperty("title").ValueKind is JsonValueKind.String or JsonValueKind.Null);
                Assert.True(sheet.GetProperty("project").ValueKind is JsonValueKind.String or JsonValueKind.Null);
                foreach (var finding in sheet.GetProperty("findings").EnumerateArray())
                {
                    Count(finding);
                }
            }
        }

        var summary = root.GetProperty("summary");
        Assert.Equal(counts["error"], summary.GetProperty("error").GetInt32());
        Assert.Equal(counts["warning"], summary.GetProperty("warning").GetInt32());
        Assert.Equal(counts["info"], summary.GetProperty("info").GetInt32());
        Assert.Equal(byRule.OrderBy(r => r.Key, StringComparer.Ordinal), summary.GetProperty("byRule").EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetInt32())));

        var project10 = documents[1].GetProperty("sheets").EnumerateArray().Single(s => s.GetProperty("project").GetString() == "编制外长期聘用人员支出");
        var cost = project10.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "MNY-COST-OVER-BUDGET");
        Assert.Equal("error", cost.GetProperty("severity").GetString());
        Assert.Equal("编外人员全年工资补贴成本", cost.GetProperty("indicator").GetString());
    }

    [Fact]
    public void Review_FailOn_ErrorIgnoresWarningsAndWarningDoesNot()
    {
        // Only the rate rule runs, lowered to a warning: 000 then has warnings and no error.
        var rules = CliRunner.TempFile("warning-only.json", Encoding.UTF8.GetBytes(RuleSetWithOnly("VAL-UNIT-RATE-PERSON", "warning")));
        var seed = CliRunner.Seed("000_e43d35112f15b8de");

        var onError = CliRunner.Run("review", seed, "--rules", rules);
        var defaultFailOn = CliRunner.Run("review", seed, "--rules", rules, "--fail-on", "error");
        var onWarning = CliRunner.Run("review", seed, "--rules", rules, "--fail-on", "warning");

        Assert.Equal(0, onError.Exit);
        Assert.Equal(0, defaultFailOn.Exit);
        Assert.Equal(1, onWarning.Exit);
        Assert.Contains("警告  比率指标使用了计数单位  [VAL-UNIT-RATE-PERSON]", onWarning.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_RuleSetDisablingARule_RemovesItsFindings()
    {
        var rules = CliRunner.TempFile("no-cost.json", Encoding.UTF8.GetBytes("""{ "name": "测试", "rules": { "MNY-COST-OVER-BUDGET": { "enabled": false } } }"""));
        var seed = CliRunner.Seed("001_2becaad232c446da");

        var (_, before, _) = CliRunner.Run("review", seed);
        var (exit, after, error) = CliRunner.Run("review", seed, "--rules", rules);

        Assert.Contains("MNY-COST-OVER-BUDGET", before, StringComparison.Ordinal);
        Assert.NotEqual(2, exit);
        Assert.Equal("", error);
        Assert.DoesNotContain("MNY-COST-OVER-BUDGET", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "rules": { "NO-SUCH-RULE": { "enabled": false } } }""", "未知的规则编号：NO-SUCH-RULE", "RULESET-UNKNOWN-RULE")]
    [InlineData("""{ "rules": { "MNY-COST-OVER-BUDGET": { "severity": "fatal" } } }""", "severity 应为 error、warning 或 info", "RULESET-SEVERITY")]
    [InlineData("{ not json", "规则集不是有效的 JSON", "RULESET-JSON")]
    public void Review_BadRuleSet_ChineseMessageAndExitsTwo(string json, string message, string code)
    {
        var rules = CliRunner.TempFile("bad-rules.json", Encoding.UTF8.GetBytes(json));

        var (exit, output, error) = CliRunner.Run("review", CliRunner.Seed("000_e43d35112f15b8de"), "--rules", rules);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("bad-rules.json", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains(code, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_MissingRuleSet_ExitsTwo()
    {
        var (exit, _, error) = CliRunner.Run("review", CliRunner.Seed("000_e43d35112f15b8de"), "--rules", "/nonexistent/规则.json");

        Assert.Equal(2, exit);
        Assert.Contains("无法读取规则集 规则.json：找不到文件", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_UnreadableFile_OneLineMessageReviewsTheOthersAndExitsTwo()
    {
        var path = CliRunner.TempFile("garbage.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x9C, 0x00]);

        var (exit, output, error) = CliRunner.Run("review", path, CliRunner.Seed("000_e43d35112f15b8de"));

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("garbage.txt", line, StringComparison.Ordinal);
        Assert.Contains("不是文本文件", line, StringComparison.Ordinal);
        Assert.Contains("VAL-UNIT-RATE-PERSON", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("review")]
    [InlineData("review", "x.txt", "--fail-on", "fatal")]
    [InlineData("review", "x.txt", "--rules")]
    public void Review_UsageError_ExitsTwo(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("用法错误", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_PrintsTheDefaultRuleSet_WhichReviewAccepts()
    {
        var (exit, output, _) = CliRunner.Run("rules");

        Assert.Equal(0, exit);
        Assert.Equal(RuleSet.DefaultJson().TrimEnd(), output.TrimEnd());
        var parsed = RuleSetJson.Parse(output, RuleCatalogue.All);
        Assert.Empty(parsed.Errors);
        var path = CliRunner.TempFile("default.json", Encoding.UTF8.GetBytes(output));
        Assert.Equal(CliRunner.Run("review", CliRunner.Seed("001_2becaad232c446da")).Out, CliRunner.Run("review", CliRunner.Seed("001_2becaad232c446da"), "--rules", path).Out);
    }

    /// <summary>A rule set that disables every rule of the catalogue but one, at the given severity.</summary>
    internal static string RuleSetWithOnly(string id, string severity)
    {
        var rules = RuleCatalogue.All.Select(r => r.Info.Id == id
            ? $"\"{id}\": {{ \"severity\": \"{severity}\" }}"
            : $"\"{r.Info.Id}\": {{ \"enabled\": false }}");
        return "{ \"name\": \"测试\", \"rules\": { " + string.Join(", ", rules) + " } }";
    }
}
