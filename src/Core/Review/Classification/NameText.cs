using System.Buffers;
using System.Collections.Concurrent;

namespace Jixiao.Core.Review.Classification;

/// <summary>
/// What an indicator name's words say, read once per distinct name: forms repeat the same names on sheet
/// after sheet (满意度, 资金拨付及时率, 培训人数), and the rules ask every row's name the same questions. Holds
/// the vocabulary's best word under each kind of value (<see cref="NameClassifier"/>) and the answers to the
/// rules' word lists (<see cref="NameWords"/>), each found on first asking. Kept in a bounded cache like the
/// category cache, so arbitrary names cannot grow it without limit; beyond it a name is read afresh.
/// </summary>
internal sealed class NameText
{
    private const int Limit = 8192;

    private static readonly ConcurrentDictionary<string, NameText> Known = new(StringComparer.Ordinal);

    private long asked;
    private long held;

    private NameText(string name)
    {
        Name = name;
        DeclaresMoney = NameClassifier.DeclaresMoney(name);
        HasPercentSign = name.AsSpan().IndexOfAny('%', '％') >= 0;
        AsMoney = NameClassifier.BestWord(name, money: true, percent: false);
        AsPercent = NameClassifier.BestWord(name, money: false, percent: true);
        AsCount = NameClassifier.BestWord(name, money: false, percent: false);
    }

    public string Name { get; }

    /// <summary>The name states a money unit (考试成本（万元）).</summary>
    public bool DeclaresMoney { get; }

    /// <summary>The name holds a % sign (受益群众满意率（%）).</summary>
    public bool HasPercentSign { get; }

    /// <summary>The best vocabulary word when the value is money, a percentage, or a count, and whether two clauses disagree.</summary>
    public (VocabularyEntry? Best, bool Conflict) AsMoney { get; }

    public (VocabularyEntry? Best, bool Conflict) AsPercent { get; }

    public (VocabularyEntry? Best, bool Conflict) AsCount { get; }

    public static NameText Of(string name)
    {
        // Each row asks once: the thread's last names answer most rows before the shared map hashes the whole name.
        // Two ways per set (the pair slot, slot + 1), the last used first: a few hundred names hashed into one slot
        // each collide often enough that a quarter of the corpus's rows missed and hashed the whole name; in pairs,
        // 7% do.
        var recent = recentNames ??= new NameText?[RecentSlots];
        var slot = name.Length == 0 ? 0 : (name.Length + (name[0] * 7) + (name[^1] * 31) + (name[name.Length >> 1] * 127)) & (RecentSlots - 2);
        var last = recent[slot];
        if (last is not null && string.Equals(last.Name, name, StringComparison.Ordinal))
        {
            return last;
        }

        var older = recent[slot + 1];
        if (older is not null && string.Equals(older.Name, name, StringComparison.Ordinal))
        {
            (recent[slot], recent[slot + 1]) = (older, last);
            return older;
        }

        if (!Known.TryGetValue(name, out var text))
        {
            text = new NameText(name);
            if (Known.Count < Limit)
            {
                Known.TryAdd(name, text);
            }
        }

        (recent[slot], recent[slot + 1]) = (text, last);
        return text;
    }

    private const int RecentSlots = 1024;

    /// <summary>The names this thread read last, by a hash of a few of their characters, in sets of two; a collision only replaces the older.</summary>
    [ThreadStatic]
    private static NameText?[]? recentNames;

    /// <summary>Whether the name holds any word of the list; searched once per name and list, then remembered.</summary>
    public bool Has(NameWords words)
    {
        if (words.Bit < 0)
        {
            return words.In(Name);
        }

        var bit = 1L << words.Bit;
        if ((Volatile.Read(ref asked) & bit) != 0)
        {
            return (Volatile.Read(ref held) & bit) != 0;
        }

        var answer = words.In(Name);
        if (answer)
        {
            Interlocked.Or(ref held, bit); // before the question is marked asked: a reader seeing it asked sees the answer
        }

        Interlocked.Or(ref asked, bit);
        return answer;
    }
}

/// <summary>
/// A list of words the rules look for in indicator names (计数: 人数, 次数…; 时限: 时限, 期限…): asked of a
/// row through <see cref="IndicatorFacts.NameHas"/>, answered once per distinct name. The first 64 lists are
/// remembered per name; any beyond are searched each time.
/// </summary>
public sealed class NameWords
{
    private static int created;

    private readonly SearchValues<string> search;

    public NameWords(params string[] words)
    {
        search = SearchValues.Create(words, StringComparison.Ordinal);
        var bit = Interlocked.Increment(ref created) - 1;
        Bit = bit < 64 ? bit : -1;
    }

    internal int Bit { get; }

    /// <summary>Whether the text holds any of the words: one vectorised search for all of them.</summary>
    public bool In(string text) => text.AsSpan().ContainsAny(search);
}
