using Jixiao.Core.Targets;
using System.Text;

namespace Jixiao.Core.Values;

/// <summary>Cleaning the text before it is read: LaTeX, whitespace, broken characters.</summary>
public static partial class TargetValueParser
{
    /// <summary>Cleaning passes (LaTeX rendering, whitespace) before giving up on a text that keeps changing.</summary>
    private const int MaxCleanPasses = 8;

    /// <summary>
    /// LaTeX rendered, whitespace collapsed, no space between a sign and its number, broken surrogates
    /// replaced; repeated until nothing changes, so that cleaning cleaned text gives it back. Null when
    /// the text is still changing after <see cref="MaxCleanPasses"/> passes.
    /// </summary>
    private static string? Clean(string input)
    {
        var s = ReplaceBrokenSurrogates(input);
        for (var pass = 0; pass < MaxCleanPasses; pass++)
        {
            var next = CollapseWhitespace(Latex.RenderOnce(s));
            if (string.Equals(next, s, StringComparison.Ordinal))
            {
                return s;
            }

            s = next;
        }

        return null;
    }

    private static string ReplaceBrokenSurrogates(string s) => TextFold.ReplaceBrokenSurrogates(s);

    /// <summary>NFKC (fullwidth ９５％ → 95%); text the platform will not normalize is read as it is.</summary>
    private static string Normalize(string s) => TextFold.Fold(s);

    private static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var lastWasSign = false;
        var pendingSpace = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace && !lastWasSign && !IsSignChar(ch))
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(ch);
            lastWasSign = IsSignChar(ch);
        }

        return sb.ToString();
    }

    private static bool IsSignChar(char c) => c is '≥' or '≤' or '>' or '<' or '=' or '≈' or '≅' or '≧' or '≦' or '⩾' or '⩽' or '＞' or '＜' or '＝' or '~' or '～';
}
