using Jixiao.Core.Export.Forms;

namespace Jixiao.Cli;

/// <summary>What `jixiao export` was asked for, and whether it makes sense before anything is read.</summary>
internal sealed record ExportRequest(string? File, long[] Sheets, string? Format, string? Layout, string? Output)
{
    /// <summary>The format given, else the output's extension, else xlsx.</summary>
    public string EffectiveFormat =>
        (Format ?? (Output is { } o && Path.GetExtension(o) is { Length: > 1 } ext ? ext[1..] : "xlsx")).ToLowerInvariant();

    public FormFamily? Family => Layout is { } name && FormFamilies.Names.TryGetValue(name, out var family) ? family : null;

    public string? Problem()
    {
        if ((File is null) == (Sheets.Length == 0))
        {
            return "请给出一个文件或 --sheet 编号（二者选一） / give either a FILE or --sheet IDs";
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
