using System.Reflection;

namespace Jixiao.Core.Review.Classification;

/// <summary>
/// The vague phrases of target values (VAL-VAGUE), read from <c>Review/vague-values.txt</c> so the
/// list grows as data, not code. An entry is a word contained in the value, a whole value (<c>=优</c>),
/// or a phrase that counts even on yes/no indicators (<c>!得以保障</c>); <c>…</c> stands for any text.
/// </summary>
public sealed class VagueVocabulary
{
    private readonly Entry[] entries;

    /// <summary>Where any entry could start: the whole phrase, or an entry's first part. A value holding none matches none.</summary>
    private readonly System.Buffers.SearchValues<string> starts;

    private VagueVocabulary(Entry[] entries)
    {
        this.entries = entries;
        starts = System.Buffers.SearchValues.Create(
            [.. entries.Select(e => e.Kind == Kind.Whole ? e.Phrase : e.Parts.FirstOrDefault()).OfType<string>().Distinct(StringComparer.Ordinal)],
            StringComparison.Ordinal);
    }

    /// <summary>The shipped vocabulary.</summary>
    public static VagueVocabulary Default { get; } = Parse(ReadShipped());

    public int Count => entries.Length;

    /// <summary>Reads entries one a line; blank lines and lines starting with # are skipped.</summary>
    public static VagueVocabulary Parse(string text)
    {
        var list = new List<Entry>();
        foreach (var line in text.Split('\n'))
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry[0] == '#')
            {
                continue;
            }

            var kind = entry[0] switch { '=' => Kind.Whole, '!' => Kind.Always, _ => Kind.Contained };
            var phrase = kind == Kind.Contained ? entry : entry[1..].Trim();
            if (phrase.Length > 0)
            {
                list.Add(new Entry(phrase, kind, phrase.Split('…', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return new VagueVocabulary([.. list]);
    }

    /// <summary>The first entry the value matches, as written in the vocabulary; null when none does.</summary>
    public string? Match(string value, bool yesNoIndicator) =>
        MayMatch(value) ? MatchCandidate(value, yesNoIndicator) : null; // most values: one vectorised search instead of a scan per entry

    /// <summary>Whether the value holds where some entry starts; one that does not matches none.</summary>
    public bool MayMatch(string value) => value.AsSpan().ContainsAny(starts);

    /// <summary><see cref="Match"/> of a value that <see cref="MayMatch"/>.</summary>
    internal string? MatchCandidate(string value, bool yesNoIndicator)
    {
        var trimmed = value.Trim();
        foreach (var entry in entries)
        {
            var hit = entry.Kind switch
            {
                Kind.Whole => string.Equals(trimmed, entry.Phrase, StringComparison.Ordinal),
                Kind.Contained => !yesNoIndicator && InOrder(trimmed, entry.Parts),
                _ => InOrder(trimmed, entry.Parts),
            };
            if (hit)
            {
                return entry.Phrase;
            }
        }

        return null;
    }

    private static bool InOrder(string text, string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return parts.Length > 0;
    }

    private static string ReadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jixiao.Core.Review.vague-values.txt")
            ?? throw new InvalidOperationException("the vague-value vocabulary is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private enum Kind
    {
        Contained,
        Whole,
        Always,
    }

    private sealed record Entry(string Phrase, Kind Kind, string[] Parts);
}
