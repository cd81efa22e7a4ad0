namespace Jixiao.Core.Review;

/// <summary>How a rule set configures one rule: on or off, its severity and its thresholds.</summary>
public sealed record RuleSettings(bool Enabled, Severity Severity, IReadOnlyDictionary<string, decimal> Parameters)
{
    public static RuleSettings DefaultsOf(RuleInfo info) =>
        new(true, info.Severity, new Dictionary<string, decimal>(StringComparer.Ordinal));

    public decimal Parameter(RuleInfo info, string name)
    {
        if (Parameters.TryGetValue(name, out var value))
        {
            return value;
        }

        // By index: rules ask per row, and a foreach over the list would allocate an enumerator each time.
        var parameters = info.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            if (string.Equals(parameters[i].Name, name, StringComparison.Ordinal))
            {
                return parameters[i].Default;
            }
        }

        throw new InvalidOperationException($"rule {info.Id} has no parameter '{name}'");
    }
}
