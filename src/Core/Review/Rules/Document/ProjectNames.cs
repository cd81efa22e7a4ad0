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
        foreach (var raw in name)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw; // fullwidth Ａ１ → A1
            if (c is >= '\u4e00' and <= '\u9fff')
            {
                buffer[n++] = c; // a Chinese character: a letter without case, the usual one (no Unicode tables asked)
            }
            else if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        ReadOnlySpan<char> key = buffer[..n];
        if (key.Length > 5 && key[0] is '1' or '2' && char.IsAsciiDigit(key[1]) && char.IsAsciiDigit(key[2]) && char.IsAsciiDigit(key[3]) && key[4] == '年')
        {
            key = key[5..];
            if (key.StartsWith('度'))
            {
                key = key[1..];
            }
        }

        return key.SequenceEqual(name) ? name : key.ToString();
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

    private static double Dice(string x, string y)
    {
        if (x.Length < 2 || y.Length < 2)
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
            var index = pairs.IndexOf(((long)y[i] << 16) | y[i + 1]);
            if (index >= 0)
            {
                pairs[index] = -1;
                shared++;
            }
        }

        return 2.0 * shared / (x.Length - 1 + y.Length - 1);
    }

    /// <summary>This year's amount of a sheet in 万元: 当年度金额, else the stated total.</summary>
    public static decimal? YearWan(TargetSheet sheet) => sheet.Budget?.CurrentYear?.ToWan() ?? sheet.Budget?.TotalWan;

    public static string Wan(decimal amount) => amount.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture) + "万元";
}
