namespace Jixiao.Core.Layouts;

/// <summary>
/// Names of areas written one after another with nothing between them (东湖镇西山乡, the target
/// columns of an allocation table run together): each name ends with an administrative suffix
/// (镇, 乡, 街道办, 县, 区, 本级…). The split is made only when the whole text is such names.
/// </summary>
internal static class AreaNames
{
    /// <summary>Longest first, so 街道办 is taken before 街道.</summary>
    private static readonly string[] Suffixes =
    [
        "街道办事处", "街道办", "管委会", "街道", "苏木", "本级", "社区", "农场", "林场", "镇", "乡", "县", "区", "市", "旗", "州", "盟", "村",
    ];

    /// <summary>A name is two to twelve characters: a place and its suffix.</summary>
    private const int MaxName = 12;

    /// <summary>A heading run longer than this is no row of area names.</summary>
    private const int MaxText = 240;

    /// <summary>The area names <paramref name="text"/> consists of, in order; null when it is not only area names.</summary>
    public static List<string>? Split(string text)
    {
        var t = text.Trim();
        if (t.Length is < 2 or > MaxText)
        {
            return null;
        }

        // splits[i]: whether t[i..] is a sequence of names; found from the end, so no search goes back.
        var splits = new bool[t.Length + 1];
        splits[t.Length] = true;
        for (var i = t.Length - 1; i >= 0; i--)
        {
            splits[i] = Ends(t, i).Any(e => splits[e]);
        }

        if (!splits[0])
        {
            return null;
        }

        var names = new List<string>();
        var at = 0;
        while (at < t.Length)
        {
            // The earliest end whose rest also splits: 笏石街道办 | 埭头镇, not 笏石街道 | 办埭头镇.
            var end = Ends(t, at).First(e => splits[e]);
            names.Add(t[at..end]);
            at = end;
        }

        return names;
    }

    /// <summary>Where a name starting at <paramref name="start"/> can end: after the longest suffix at each place, nearest first.</summary>
    private static IEnumerable<int> Ends(string text, int start)
    {
        if (string.CompareOrdinal(text, start, "合计", 0, 2) == 0)
        {
            yield return start + 2;
        }

        for (var j = start + 1; j < text.Length && j - start < MaxName; j++)
        {
            if (!char.IsLetter(text[j - 1]))
            {
                yield break; // a name holds no digits, signs or punctuation
            }

            foreach (var suffix in Suffixes)
            {
                if (j + suffix.Length - start <= MaxName && string.CompareOrdinal(text, j, suffix, 0, suffix.Length) == 0)
                {
                    yield return j + suffix.Length;
                    break;
                }
            }
        }
    }
}
