using System.Reflection;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>
/// 规则集: a region's configuration of the catalogue — which rules run, at what severity, with what
/// thresholds, against which framework version. A rule the set does not mention runs with its
/// defaults. Read from JSON (<see cref="RuleSetJson"/>); the shipped default is <see cref="Default"/>.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, RuleSettings> rules;

    public RuleSet(string name, FrameworkVersion? framework, IReadOnlyDictionary<string, RuleSettings> rules)
    {
        Name = name;
        Framework = framework;
        this.rules = new Dictionary<string, RuleSettings>(rules, StringComparer.Ordinal);
    }

    public string Name { get; }

    /// <summary>The framework every sheet is reviewed against; null reviews each sheet against its own.</summary>
    public FrameworkVersion? Framework { get; }

    public IReadOnlyDictionary<string, RuleSettings> Rules => rules;

    public RuleSettings For(RuleInfo info) => rules.TryGetValue(info.Id, out var s) ? s : RuleSettings.DefaultsOf(info);

    /// <summary>The rule set shipped with Jixiao (Review/default-rules.json).</summary>
    public static RuleSet Default { get; } = LoadDefault();

    /// <summary>The shipped default as written, for `jixiao review --print-rules` and the docs.</summary>
    public static string DefaultJson()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jixiao.Core.Review.default-rules.json")
            ?? throw new InvalidOperationException("the default rule set is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static RuleSet LoadDefault()
    {
        var parsed = RuleSetJson.Parse(DefaultJson(), RuleCatalogue.All);
        return parsed.RuleSet ?? throw new InvalidOperationException("the shipped default rule set is invalid: " + string.Join("; ", parsed.Errors));
    }
}
