using System.Globalization;

namespace Jixiao.Core.Reading;

/// <summary>
/// How much of one document Jixiao reads before refusing it. The limits are far above any real
/// 绩效目标表 and low enough that no file can exhaust the stack, memory or a core: they are checked
/// while streaming, before any library builds a tree.
/// </summary>
public static class ReadLimits
{
    /// <summary>Deepest nesting of XML or HTML elements; real forms stay under 40.</summary>
    public const int MaxDepth = 256;

    /// <summary>Uncompressed bytes of one XML part of a .xlsx/.docx.</summary>
    public const long MaxPartBytes = 16L * 1024 * 1024;

    /// <summary>Uncompressed bytes of all XML parts of one package together.</summary>
    public const long MaxPackageBytes = 48L * 1024 * 1024;

    /// <summary>Entries of one zip package.</summary>
    public const int MaxParts = 2_000;

    /// <summary>XML elements of one package, or HTML tags of one page; AngleSharp parses about 600,000 tags a second.</summary>
    public const long MaxElements = 500_000;

    /// <summary>
    /// Cells (and rows) of all grids of one document, blanks of merged ranges included: a county's 公开表
    /// of 500 projects has about 3,000, the seeds 300 to 2,000. The layouts take up to two seconds for this many.
    /// </summary>
    public const long MaxCells = 150_000;

    /// <summary>Blank rows kept for a run of empty rows in a worksheet; a longer run keeps only this many.</summary>
    public const int MaxBlankRun = 64;

    internal static ReadResult TooDeep(string name) => ReadResult.Fail(
        ReadErrorCode.TooDeep,
        name,
        string.Create(CultureInfo.InvariantCulture, $"文件结构嵌套过深（超过 {MaxDepth} 层），为安全起见不予读取"),
        string.Create(CultureInfo.InvariantCulture, $"the document nests elements deeper than {MaxDepth} levels"));

    /// <summary>A document over one of the size limits; <paramref name="whatZh"/> names it for users.</summary>
    internal static ReadResult TooBig(string name, string whatZh, string whatEn) => ReadResult.Fail(
        ReadErrorCode.TooBig, name, $"文件内容过多（{whatZh}），为安全起见不予读取", $"the document is too big to read safely: {whatEn}");
}
