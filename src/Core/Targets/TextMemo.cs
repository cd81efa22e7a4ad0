using System.Collections.Concurrent;

namespace Jixiao.Core.Targets;

/// <summary>
/// Remembers a pure function of short texts. A form repeats the same labels and category names on
/// every sheet, and each is normalised by several lookups (column roles, field labels, categories);
/// the memo answers those from the first. Bounded: past <see cref="Capacity"/> entries it stops
/// adding, so a hostile document of distinct cells cannot grow it. Safe across threads (import --jobs).
/// </summary>
internal sealed class TextMemo<T>(Func<string, T> compute, int maxLength = 64)
{
    private const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, T> entries = new(StringComparer.Ordinal);

    public T Get(string text)
    {
        if (text.Length > maxLength)
        {
            return compute(text);
        }

        if (entries.TryGetValue(text, out var known))
        {
            return known;
        }

        var value = compute(text);
        if (entries.Count < Capacity)
        {
            entries.TryAdd(text, value);
        }

        return value;
    }
}
