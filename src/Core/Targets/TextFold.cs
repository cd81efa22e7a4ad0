using System.Text;

namespace Jixiao.Core.Targets;

/// <summary>
/// Folds text the way a reader compares it: NFKC (fullwidth ９５％ → 95%, （ → ( ), with lone
/// surrogates and U+FFFE (cut text, bad decoding) replaced by U+FFFD first so folding never fails.
/// </summary>
public static class TextFold
{
    public static string Fold(string s)
    {
        s = ReplaceBrokenSurrogates(s);
        try
        {
            return s.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return s;
        }
    }

    public static string ReplaceBrokenSurrogates(string s)
    {
        if (!s.Any(c => char.IsSurrogate(c) || c == '\uFFFE'))
        {
            return s;
        }

        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] == '\uFFFE')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
