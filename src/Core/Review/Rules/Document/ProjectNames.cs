using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Document;

/// <summary>
/// Project names compared the way a reader compares them: fullwidth letters and digits folded, spaces, punctuation and a
/// leading year (2023年…) dropped; two names match when equal, when one holds the other (at least four
/// characters), or when they share most of their character pairs (a word changed or missing).
/// </summary>
internal static class ProjectNames
{
    public static string Key(string name)
    {
        // Built in a stack buffer; the name itself when nothing changes (the usual case of a plain name).
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        for (var i = KeyStart(name); i < name.Length; i++)
        {
            if (KeyChar(name[i]) is not '\0' and var c)
            {
                buffer[n++] = c;
            }
        }

        ReadOnlySpan<char> key = buffer[..n];
        return key.SequenceEqual(name) ? name : key.ToString();
    }

    /// <summary>
    /// Whether two names have the same <see cref="Key"/>, read side by side without building either key: the document
    /// rules compare the names of a document's project sheets, which mostly differ within their first characters.
    /// </summary>
    public static bool SameKey(string a, string b)
    {
        int i = KeyStart(a), j = KeyStart(b);
        while (true)
        {
            var x = NextKeyChar(a, ref i);
            if (x != NextKeyChar(b, ref j))
            {
                return false;
            }

            if (x == '\0')
            {
                return true;
            }
        }
    }

    /// <summary>A hash of the name's <see cref="Key"/> (equal for names <see cref="SameKey"/> calls equal), without building it.</summary>
    public static int KeyHash(string name)
    {
        var hash = 17;
        for (var i = KeyStart(name); i < name.Length; i++)
        {
            if (KeyChar(name[i]) is not '\0' and var c)
            {
                hash = unchecked((hash * 31) + c);
            }
        }

        return hash;
    }

    /// <summary>
    /// A character of a name as its key has it: fullwidth letters and digits folded, letters upper case; '\0' for a
    /// character the key drops (spaces, punctuation), which no key holds.
    /// </summary>
    private static char KeyChar(char raw)
    {
        var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw; // fullwidth Ａ１ → A1
        if (c is >= '\u4e00' and <= '\u9fff')
        {
            return c; // a Chinese character: a letter without case, the usual one (no Unicode tables asked)
        }

        return char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '\0';
    }

    /// <summary>The next key character of the name from <paramref name="i"/> (moved past it); '\0' at the end.</summary>
    private static char NextKeyChar(string name, ref int i)
    {
        while (i < name.Length)
        {
            if (KeyChar(name[i++]) is not '\0' and var c)
            {
                return c;
            }
        }

        return '\0';
    }

    /// <summary>
    /// Where the name's key starts in it: after a leading year (2023年, 2023年度) followed by more of the key; else 0.
    /// Only the key's first six characters are read.
    /// </summary>
    private static int KeyStart(string name)
    {
        Span<char> head = stackalloc char[6];
        Span<int> after = stackalloc int[6]; // where each of them ends in the name
        var n = 0;
        for (var i = 0; i < name.Length && n < head.Length; i++)
        {
            if (KeyChar(name[i]) is not '\0' and var c)
            {
                head[n] = c;
                after[n++] = i + 1;
            }
        }

        if (n == head.Length && head[0] is '1' or '2' && char.IsAsciiDigit(head[1]) && char.IsAsciiDigit(head[2]) && char.IsAsciiDigit(head[3]) && head[4] == '年')
        {
            return head[5] == '度' ? after[5] : after[4];
        }

        return 0;
    }

    public static bool Match(string a, string b) => MatchKeys(Key(a), Key(b));

    /// <summary>Two names already reduced by <see cref="Key"/> match.</summary>
    public static bool MatchKeys(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return true;
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return (shorter.Length >= 4 && longer.Contains(shorter, StringComparison.Ordinal)) || Dice(x, y) >= 0.8;
    }

    /// <summary>The share of character pairs the two keys have in common (Dice's coefficient); 0 when it cannot reach 0.8.</summary>
    private static double Dice(string x, string y)
    {
        if (x.Length < 2 || y.Length < 2)
        {
            return 0;
        }

        // The fewest shared pairs that reach 0.8, found by the same division the answer is made by. At most every pair
        // of the shorter key is shared: when that is too few (a key task's long content against a project's name), the
        // pairs are not compared; and y's pairs are given up once even all of those left could not reach it (unrelated
        // names, most of the pairs asked, share next to none).
        var denominator = x.Length - 1 + y.Length - 1;
        var need = Math.Max(0, (int)(0.4 * denominator) - 1);
        while (2.0 * need / denominator < 0.8)
        {
            need++;
        }

        if (Math.Min(x.Length, y.Length) - 1 < need)
        {
            return 0;
        }

        // x's character pairs; a pair of y found among them is used up (set to -1, which no pair is).
        Span<long> pairs = x.Length <= 256 ? stackalloc long[x.Length - 1] : new long[x.Length - 1];
        for (var i = 0; i + 1 < x.Length; i++)
        {
            pairs[i] = ((long)x[i] << 16) | x[i + 1];
        }

        var shared = 0;
        for (var i = 0; i + 1 < y.Length; i++)
        {
            if (shared + (y.Length - 1 - i) < need)
            {
                return 0;
            }

            var index = pairs.IndexOf(((long)y[i] << 16) | y[i + 1]);
            if (index >= 0)
            {
                pairs[index] = -1;
                shared++;
            }
        }

        return 2.0 * shared / denominator;
    }

    /// <summary>This year's amount of a sheet in 万元: 当年度金额, else the stated total.</summary>
    public static decimal? YearWan(TargetSheet sheet) => sheet.Budget?.CurrentYear?.ToWan() ?? sheet.Budget?.TotalWan;

    public static string Wan(decimal amount) => amount.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture) + "万元";
}
