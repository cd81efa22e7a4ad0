using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>财政区划: validated and found, or added when a name comes with a new code.</summary>
public static class Regions
{
    public static bool IsValidCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);

    /// <summary>
    /// The region with this code: stored, or new (added to the context, not saved) when a name
    /// is given; null when no code is given.
    /// </summary>
    public static async Task<DataResult<RegionEntity?>> ResolveAsync(JixiaoDbContext db, string? code, string? name, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return DataResult<RegionEntity?>.Ok(null);
        }

        code = code.Trim();
        if (!IsValidCode(code))
        {
            return DataResult<RegionEntity?>.Fail(DataErrorCode.InvalidRegionCode, $"财政区划编码应为 6 位数字：{code}", $"a region code has 6 digits: {code}");
        }

        var region = await db.Regions.SingleOrDefaultAsync(r => r.Code == code, ct);
        if (region is null && string.IsNullOrWhiteSpace(name))
        {
            return DataResult<RegionEntity?>.Fail(DataErrorCode.UnknownRegion, $"未知的财政区划 {code}，请同时提供区划名称", $"region {code} is not stored; give its name");
        }

        if (region is null)
        {
            region = new RegionEntity { Code = code, Name = name!.Trim() };
            db.Regions.Add(region);
        }

        return DataResult<RegionEntity?>.Ok(region);
    }
}
