namespace Jixiao.Core.Review.Rules;

/// <summary>
/// Texts compared without their spaces and punctuation (培训人数 and 培训 人数。 are one name): equality, a hash that
/// agrees with it, and the folded copy when one is needed — read character by character, never folded into a
/// copy just to compare. Shared by STR-SAME-MEANING and DOC-ROWS-COPIED.
/// </summary>
internal static class FoldedText
{
    /// <summary>A space or punctuation; a Chinese character is neither, told without the Unicode tables.</summary>
    public static bool IsDropped(char c) => c is not (>= '\u4e00' and <= '\u9fff') && (char.IsWhiteSpace(c) || char.IsPunctuation(c));

    /// <summary>Whether the two texts are equal without their spaces and punctuation.</summary>
    public static bool Equal(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && IsDropped(a[i]))
            {
                i++;
            }

            while (j < b.Length && IsDropped(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

    /// <summary>A hash of the text without its spaces and punctuation (equal for texts <see cref="Equal"/> calls equal).</summary>
    public static int Hash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            if (!IsDropped(c))
            {
                hash = unchecked((hash * 31) + c);
            }
        }

        return hash;
    }

    /// <summary>Whether the text keeps at least <paramref name="count"/> characters once folded (counted only that far).</summary>
    public static bool Keeps(string text, int count)
    {
        foreach (var c in text)
        {
            if (!IsDropped(c) && --count == 0)
            {
                return true;
            }
        }

        return count <= 0;
    }

    /// <summary>The text without spaces and punctuation.</summary>
    public static string Fold(string text)
    {
        var kept = 0;
        foreach (var c in text)
        {
            kept += IsDropped(c) ? 0 : 1;
        }

        return kept == text.Length ? text : string.Create(kept, text, static (span, t) =>
        {
            var k = 0;
            foreach (var c in t)
            {
                if (!IsDropped(c))
                {
                    span[k++] = c;
                }
            }
        });
    }
}
