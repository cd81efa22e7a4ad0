using Jixiao.Web.Sheets;
using Jixiao.Web.Startup;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Tests;

/// <summary>The rules folder read again (<see cref="RuleSetChoice.Reload"/>), without an app around it.</summary>
public class RuleSetChoiceTests
{
    private static void Write(string folder, string file, string name, string off) =>
        File.WriteAllText(Path.Combine(folder, file), $$"""{ "name": "{{name}}", "rules": { "{{off}}": { "enabled": false } } }""");

    private static RuleSetChoice Choice(string folder) =>
        new(Options.Create(new JixiaoOptions { RuleSetsFolder = folder }), NullLogger<RuleSetChoice>.Instance);

    [Fact]
    public void Reload_UnchangedFile_SameEngineAndUnchanged()
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-choice").FullName;
        Write(folder, "a.json", "甲规则集", "VAL-VAGUE");
        var choice = Choice(folder);
        var engine = choice.Engine("甲规则集");

        var reload = choice.Reload();

        Assert.Same(engine, choice.Engine("甲规则集"));
        Assert.Equal(RuleSetChangeKind.Unchanged, Assert.Single(reload.Sets).Change);
        Assert.Empty(reload.Errors);
    }

    [Fact]
    public void Reload_BrokenFileWhoseNameAnEarlierFileNowHolds_NotSaidToBeKept()
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-choice").FullName;
        Write(folder, "b.json", "乙规则集", "VAL-VAGUE");
        var choice = Choice(folder);

        // b.json breaks, and a.json (read first) now names the same set.
        File.WriteAllText(Path.Combine(folder, "b.json"), "{ not json");
        Write(folder, "a.json", "乙规则集", "VAL-SIGN-MISSING");
        var reload = choice.Reload();

        var error = Assert.Single(reload.Errors);
        Assert.Equal(("b.json", (string?)null), (error.File, error.KeptSet));
        Assert.Equal("a.json", choice.FileOf("乙规则集"));
        Assert.Equal(RuleSetChangeKind.Changed, Assert.Single(reload.Sets).Change);
    }

    [Fact]
    public void Reload_TwoFilesOneName_TheSecondRefusedInChinese()
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-choice").FullName;
        Write(folder, "a.json", "丙规则集", "VAL-VAGUE");
        var choice = Choice(folder);
        Write(folder, "b.json", "丙规则集", "VAL-SIGN-MISSING");

        var reload = choice.Reload();

        var error = Assert.Single(reload.Errors);
        Assert.Equal("b.json", error.File);
        Assert.Contains("重复", error.Message, StringComparison.Ordinal);
        Assert.Equal(["默认规则集", "丙规则集"], choice.Names);
    }
}
