using Jixiao.Core.Export.Forms;

namespace Jixiao.Cli;

/// <summary>What `jixiao export` was asked for, and whether it makes sense before anything is read.</summary>
internal sealed record ExportRequest(string? File, long[] Sheets, string? Format, string? Layout, string? Output)
{
    /// <summary>--region: every sheet of the region and <see cref="Year"/>, one file each, in a zip.</summary>
    public string? Region { get; init; }

    public int? Year { get; init; }

    /// <summary>The format given, else the output's extension (not for a region's zip), else xlsx.</summary>
    public string EffectiveFormat =>
        (Format ?? (Region is null && Output is { } o && Path.GetExtension(o) is { Length: > 1 } ext ? ext[1..] : "xlsx")).ToLowerInvariant();

    public FormFamily? Family => Layout is { } name && FormFamilies.Names.TryGetValue(name, out var family) ? family : null;

    public string? Problem()
    {
        if ((File is null ? 0 : 1) + (Sheets.Length == 0 ? 0 : 1) + (Region is null ? 0 : 1) != 1)
        {
            return "请给出一个文件、--sheet 编号或 --region 区划（三者选一） / give either a FILE, --sheet IDs or --region";
        }

        if (Region is not null && (Region.Length != 6 || !Region.All(char.IsAsciiDigit)))
        {
            return $"--region 财政区划 {Region} 应为 6 位数字 / --region: a region code has 6 digits: {Region}";
        }

        if ((Region is null) != (Year is null) || Year is < 1990 or > 2100)
        {
            return "--region 与 --year（1990 至 2100）须一起给出 / --region and --year (1990-2100) go together";
        }

        if (FormExport.Default.Writer(EffectiveFormat) is null)
        {
            return $"不支持的格式 {EffectiveFormat}，应为 xlsx、docx、pdf 或 html / unknown format {EffectiveFormat}: use xlsx, docx, pdf or html";
        }

        return Layout is not null && Family is null
            ? $"未知版式 {Layout}，应为 {string.Join("、", FormFamilies.Names.Keys)} / unknown layout {Layout}"
            : null;
    }
}
