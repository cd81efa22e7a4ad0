namespace Jixiao.Core.Reading;

/// <summary>What is left of <see cref="ReadLimits.MaxCells"/> while one document is read.</summary>
internal sealed class CellBudget
{
    private long left = ReadLimits.MaxCells;
    private bool overdrawn;

    /// <summary>Takes <paramref name="cells"/> from the budget; false when that would overdraw it, and from then on.</summary>
    internal bool TrySpend(long cells)
    {
        if (overdrawn || cells > left)
        {
            overdrawn = true;
            return false;
        }

        left -= cells;
        return true;
    }

    internal ReadResult Refusal(string name) => ReadLimits.TooBig(
        name, $"超过 {ReadLimits.MaxCells} 个单元格", $"more than {ReadLimits.MaxCells} cells");
}
