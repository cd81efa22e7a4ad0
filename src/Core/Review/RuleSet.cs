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

    /// <summary>
    /// What stored findings record as the set they were made with (docs/decisions/020, 022): the name and a fingerprint
    /// of what the set configures and of the rules' behaviour (<see cref="RuleCatalogue.Revision"/>), as in
    /// <c>六枝特区规则集@1a2b3c4d</c>. A file changed under the same name, or a release whose rules find otherwise, makes
    /// the stored findings made with the set pending again, and they are reviewed again in the background.
    /// </summary>
    public string Stamp => stamp ??= Name + "@" + Fingerprint();

    private string? stamp;

    /// <summary>Eight hex digits of the SHA-256 of the catalogue's revision, the set's framework and every rule's settings, in rule order.</summary>
    private string Fingerprint()
    {
        var text = new System.Text.StringBuilder().Append('r').Append(RuleCatalogue.Revision).Append('|').Append(Framework?.ToString() ?? "-");
        foreach (var (id, settings) in rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append('|').Append(id).Append(':').Append(settings.Enabled ? '1' : '0').Append(':').Append(settings.Severity.ToString());
            foreach (var (parameter, value) in settings.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(':').Append(parameter).Append('=').Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..8];
    }

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
        var shipped = parsed.RuleSet ?? throw new InvalidOperationException("the shipped default rule set is invalid: " + string.Join("; ", parsed.Errors));
        return shipped;
    }
}
