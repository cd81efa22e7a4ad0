using System.Globalization;
using System.IO.Compression;
using System.Text;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Export.Forms;

/// <summary>A sheet for an archive of forms: its stored id, the layout it is written in and its status as the index names it.</summary>
public sealed record ArchiveSheet(long Id, TargetSheet Sheet, FormFamily Layout, string? Status);

/// <summary>What an archive holds, for its README: the region, the year, the format and layout, when and by whom.</summary>
public sealed record ArchiveDescription(string RegionCode, string RegionName, int Year, string Format, string Layout, DateTimeOffset At, string By);

/// <summary>
/// The official forms of many sheets as one zip, written as the sheets come (docs/decisions/018-region-export.md):
/// one file per sheet in a folder per 主管部门 (部门/单位-项目名.xlsx, names made safe and unique), then
/// 目录.csv (file, title, department, unit, project, status, amount) and README.txt. Nothing of a sheet is
/// kept after it is written — the index goes to a temporary file until the end — so memory stays flat
/// however many sheets there are. PDFs are printed by LibreOffice in batches of <see cref="PdfBatch"/>.
/// </summary>
public sealed class FormArchive : IDisposable
{
    public const string IndexName = "目录.csv";
    public const string ReadmeName = "README.txt";

    private static readonly string[] IndexColumns = ["文件名", "编号", "表名", "主管部门", "部门（单位）", "项目名称", "状态", "预算（万元）"];

    private readonly ZipArchive zip;
    private readonly IFormWriter writer;
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly string work;
    private readonly StreamWriter index;
    private readonly List<(string Name, string Line, string Input, IReadOnlyList<FormGrid> Forms)> printing = [];
    private bool completed;

    /// <param name="output">Where the zip goes (a file: the archive is never held in memory).</param>
    /// <param name="format">xlsx, docx, html or pdf.</param>
    public FormArchive(Stream output, string format, FormExport? export = null, int pdfBatch = 100)
    {
        writer = (export ?? FormExport.Default).Writer(format) ?? throw new ArgumentException($"unknown format {format}", nameof(format));
        PdfBatch = Math.Max(1, pdfBatch);
        work = Directory.CreateTempSubdirectory("jixiao-archive-").FullName;
        index = new StreamWriter(File.Create(Path.Combine(work, "index.csv")), new UTF8Encoding(true)) { NewLine = "\r\n" };
        index.WriteLine(string.Join(',', IndexColumns));
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
    }

    public string Format => writer.Format;

    /// <summary>How many sheets a LibreOffice run prints at most.</summary>
    public int PdfBatch { get; }

    /// <summary>The sheets written into the zip so far (a PDF counts once its batch is printed).</summary>
    public int Count { get; private set; }

    /// <summary>Writes a sheet's form; a PDF waits as the file LibreOffice prints (.fodt) until its batch is full.</summary>
    public void Add(ArchiveSheet item)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        var name = EntryName(item.Sheet, writer.Format, names);
        var forms = FormExport.Layout([item.Sheet], item.Layout);
        var line = IndexLine(name, item);
        if (writer is PdfFormWriter pdf)
        {
            var input = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"f{printing.Count}.{pdf.Source.Format}"));
            using (var file = File.Create(input))
            {
                pdf.Source.Write(file, forms);
            }

            printing.Add((name, line, input, forms));
            if (printing.Count >= PdfBatch)
            {
                Print(pdf);
            }

            return;
        }

        using (var entry = zip.CreateEntry(name, writer.Format == "html" ? CompressionLevel.Optimal : CompressionLevel.Fastest).Open())
        {
            writer.Write(entry, forms);
        }

        index.WriteLine(line);
        Count++;
    }

    /// <summary>Prints what waits, then writes 目录.csv and README.txt; the zip is complete when this returns and the archive is disposed.</summary>
    public void Complete(ArchiveDescription description)
    {
        if (writer is PdfFormWriter pdf)
        {
            Print(pdf);
        }

        index.Flush();
        using (var entry = zip.CreateEntry(IndexName, CompressionLevel.Optimal).Open())
        {
            index.BaseStream.Position = 0;
            index.BaseStream.CopyTo(entry);
        }

        using (var readme = new StreamWriter(zip.CreateEntry(ReadmeName, CompressionLevel.Optimal).Open(), new UTF8Encoding(false)) { NewLine = "\r\n" })
        {
            WriteReadme(readme, description, Count);
        }

        completed = true;
        zip.Dispose();
    }

    public void Dispose()
    {
        zip.Dispose();
        index.Dispose();
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is removed with the system's temporary files.
        }
    }

    /// <summary>
    /// 主管部门 (or 部门) as the folder, then 单位-项目名称 (单位 left out where it is the folder itself), each made
    /// safe as a path segment (<see cref="FormExport.SafeName"/>); a name already used gets （2）, （3）….
    /// </summary>
    public static string EntryName(TargetSheet sheet, string format, ISet<string> used)
    {
        var department = sheet.SupervisingDepartment ?? sheet.Department ?? sheet.Unit;
        var folder = FormExport.SafeName(department, "未填部门");
        var unit = sheet.Unit ?? sheet.Department;
        var what = sheet.Kind == SheetKind.Project ? sheet.ProjectName ?? "未命名项目"
            : sheet.Unit is not null ? "单位整体支出绩效目标" : "部门整体支出绩效目标";
        var stem = FormExport.SafeName(unit is not null && unit != department ? unit + "-" + what : what, "绩效目标表");
        var extension = "." + format.TrimStart('.').ToLowerInvariant();
        var name = folder + "/" + stem + extension;
        for (var n = 2; !used.Add(name); n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{folder}/{stem}（{n}）{extension}");
        }

        return name;
    }

    /// <summary>Prints the waiting files in one LibreOffice run and puts the PDFs into the zip in order.</summary>
    private void Print(PdfFormWriter pdf)
    {
        if (printing.Count == 0)
        {
            return;
        }

        var output = Directory.CreateDirectory(Path.Combine(work, "pdf")).FullName;
        var pdfs = pdf.PrintAll([.. printing.Select(p => p.Input)], output, TimeSpan.FromSeconds(5 * printing.Count));
        for (var i = 0; i < printing.Count; i++)
        {
            using (var entry = zip.CreateEntry(printing[i].Name, CompressionLevel.Fastest).Open())
            {
                entry.Write(pdf.WithAttachment(File.ReadAllBytes(pdfs[i]), printing[i].Forms));
            }

            index.WriteLine(printing[i].Line);
            File.Delete(pdfs[i]);
            File.Delete(printing[i].Input);
            Count++;
        }

        printing.Clear();
    }

    private static string IndexLine(string name, ArchiveSheet item)
    {
        var sheet = item.Sheet;
        object?[] cells =
        [
            name, item.Id, FormFamilies.Title(sheet, item.Layout), sheet.SupervisingDepartment, sheet.Unit ?? sheet.Department,
            sheet.ProjectName, item.Status, sheet.Budget?.TotalWan is { } wan ? decimal.Round(wan, 2, MidpointRounding.AwayFromZero) + 0.00m : null, // 四舍五入; + 0.00m: always two decimals
        ];
        return string.Join(',', cells.Select(OpenData.Cell));
    }

    private static void WriteReadme(TextWriter readme, ArchiveDescription d, int count)
    {
        readme.WriteLine($"{d.RegionName}（财政区划 {d.RegionCode}）{d.Year.ToString(CultureInfo.InvariantCulture)} 年度绩效目标表，共 {count.ToString(CultureInfo.InvariantCulture)} 张。");
        readme.WriteLine($"格式：{d.Format}；版式：{d.Layout}。");
        readme.WriteLine($"由 {d.By} 于 {d.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}（北京时间）导出，仅含导出人权限范围内的目标表。");
        readme.WriteLine();
        readme.WriteLine("每张目标表一个文件，按主管部门分文件夹，文件名为“单位-项目名称”（同名的加（2）、（3）……）。");
        readme.WriteLine($"{IndexName} 列出全部文件：{string.Join("、", IndexColumns)}。预算为万元，两位小数。");
        readme.WriteLine("文件名为 UTF-8 编码；Windows 自带的解压若显示乱码，请用 7-Zip、WinRAR 或 Bandizip 解压。");
    }
}
