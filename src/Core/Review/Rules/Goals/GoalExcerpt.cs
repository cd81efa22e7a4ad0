namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// A goal's text as a message quotes it: its first 40 characters, then “…” when it goes on. Written straight
/// into the message being formatted (<see cref="ISpanFormattable"/>): no string of its own per finding.
/// </summary>
internal readonly struct GoalExcerpt(string text) : ISpanFormattable
{
    private const int Length = 40;

    public override string ToString() => text.Length <= Length ? text : string.Concat(text.AsSpan(0, Length), "…");

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, Length));
        charsWritten = head.Length + (text.Length > Length ? 1 : 0);
        if (destination.Length < charsWritten)
        {
            charsWritten = 0;
            return false;
        }

        head.CopyTo(destination);
        if (text.Length > Length)
        {
            destination[Length] = '…';
        }

        return true;
    }
}
