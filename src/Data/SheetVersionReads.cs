using System.Globalization;
using Jixiao.Core.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A sheet as one of its frozen versions or as its current draft, for the versions API, diffs and their page.</summary>
public static class SheetVersionReads
{
    /// <summary>
    /// <paramref name="side"/> "current" is the sheet as stored now; a number is that frozen version. Null when
    /// the sheet is outside <paramref name="scope"/>, the version does not exist, or the side is neither.
    /// </summary>
    public static async Task<TargetSheet?> ReadAsync(JixiaoDbContext db, SheetScope scope, long sheetId, string? side, CancellationToken ct = default)
    {
        if (side == "current")
        {
            return (await SheetStore.LoadAsync(db, scope, sheetId, ct)).Value?.Sheet;
        }

        return int.TryParse(side, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && await JsonAsync(db, scope, sheetId, number, ct) is { } json ? SheetVersionJson.Read(json) : null;
    }

    private static async Task<string?> JsonAsync(JixiaoDbContext db, SheetScope scope, long sheetId, int number, CancellationToken ct) =>
        await scope.AllowsAsync(db, sheetId, ct)
            ? await db.SheetVersions.AsNoTracking().Where(v => v.SheetId == sheetId && v.Number == number).Select(v => v.Json).SingleOrDefaultAsync(ct)
            : null;
}
