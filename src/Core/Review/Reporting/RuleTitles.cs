using System.Collections.Frozen;

namespace Jixiao.Core.Review.Reporting;

/// <summary>The Chinese title of each rule id, for reports that show findings (which carry only the id).</summary>
public static class RuleTitles
{
    private static readonly FrozenDictionary<string, string> Titles = RuleCatalogue.All
        .Select(r => r.Info)
        .Append(RuleFailure.Info)
        .ToFrozenDictionary(i => i.Id, i => i.Title, StringComparer.Ordinal);

    /// <summary>The rule's title, or null for an id the catalogue does not know.</summary>
    public static string? Of(string ruleId) => Titles.GetValueOrDefault(ruleId);
}
