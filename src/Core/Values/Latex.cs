using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Core.Values;

/// <summary>Renders the LaTeX fragments extraction leaves in values: &lt;math&gt;\geq 31000&lt;/math&gt; → ≥31000.</summary>
public static partial class Latex
{
    private static readonly (string Command, string Symbol)[] Commands =
    [
        (@"\geqslant", "≥"), (@"\leqslant", "≤"), (@"\geq", "≥"), (@"\leq", "≤"), (@"\ge", "≥"), (@"\le", "≤"),
        (@"\gt", ">"), (@"\lt", "<"), (@"\approx", "≈"), (@"\cong", "≅"), (@"\sim", "~"), (@"\neq", "≠"),
        (@"\%", "%"), (@"\times", "×"), (@"\div", "÷"), (@"\cdot", "·"), (@"\,", ""), (@"\;", ""), (@"\ ", " "),
    ];

    [GeneratedRegex(@"</?math[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex MathTag();

    [GeneratedRegex(@"\\(?:text|mathrm|mbox)\{([^{}]*)\}")]
    private static partial Regex TextCommand();

    public static bool Contains(string text) =>
        text.Contains('\\', StringComparison.Ordinal) || text.Contains("<math", StringComparison.OrdinalIgnoreCase);

    /// <summary>Passes <see cref="Render"/> makes at most; every pass that changes the text shortens it.</summary>
    public const int MaxPasses = 8;

    /// <summary>
    /// Replaces math tags and sign commands with the characters they stand for, repeating while a pass
    /// uncovers new ones (&lt;ma&lt;math&gt;th&gt;, \\%), so that rendered text renders to itself.
    /// </summary>
    public static string Render(string text)
    {
        var s = text;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var next = RenderOnce(s);
            if (string.Equals(next, s, StringComparison.Ordinal))
            {
                break;
            }

            s = next;
        }

        return s;
    }

    /// <summary>One pass of <see cref="Render"/>.</summary>
    public static string RenderOnce(string text)
    {
        if (!Contains(text))
        {
            return text;
        }

        var s = MathTag().Replace(text, "");
        s = TextCommand().Replace(s, "$1");
        var sb = new StringBuilder(s);
        foreach (var (command, symbol) in Commands)
        {
            sb.Replace(command, symbol);
        }

        return sb.ToString();
    }
}
