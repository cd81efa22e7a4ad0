namespace Jixiao.Bench;

/// <summary>The `--name value` options of the bench's console modes (fill, large-save), after the mode's name.</summary>
internal static class CommandOptions
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }

    public static string Get(this Dictionary<string, string> options, string name, string fallback) =>
        options.TryGetValue(name, out var value) ? value : fallback;
}
