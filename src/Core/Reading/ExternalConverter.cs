using System.Diagnostics;
using System.Globalization;

namespace Jixiao.Core.Reading;

/// <summary>
/// Runs the two programs that turn the formats Jixiao does not parse itself into ones it does:
/// LibreOffice (soffice, headless) for .xls/.doc/.wps/.et/.odt/.ods/.rtf → .xlsx/.docx, and poppler's
/// pdftotext for PDF → text. Each run works in a fresh temporary folder (with its own LibreOffice
/// profile, so runs never hand work to a running instance), is stopped with its whole process tree
/// when it overruns, and leaves nothing behind. LibreOffice runs one conversion at a time per process.
/// A missing program or a failed run is a <see cref="ReadError"/>, never an exception.
/// </summary>
public sealed class ExternalConverter
{
    /// <summary>LibreOffice takes most of a core and ~200 MB per run: one at a time in this process.</summary>
    private static readonly SemaphoreSlim LibreOfficeTurn = new(1, 1);

    private readonly string? searchPath;

    /// <param name="timeout">How long one run may take, and how long a conversion may wait for its turn.</param>
    /// <param name="searchPath">The folders to find the programs in (PATH syntax); null for the process's PATH.</param>
    public ExternalConverter(TimeSpan timeout, string? searchPath = null)
    {
        Timeout = timeout;
        this.searchPath = searchPath;
    }

    public static ExternalConverter Default { get; } = new(TimeSpan.FromMinutes(2));

    public TimeSpan Timeout { get; }

    private string Seconds => Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The LibreOffice launcher on the search path (soffice, else libreoffice), or null.</summary>
    public string? LibreOffice => ExternalProgram.Find(searchPath, "soffice", "libreoffice");

    /// <summary>poppler's pdftotext on the search path, or null.</summary>
    public string? PdfToText => ExternalProgram.Find(searchPath, "pdftotext");

    /// <summary>poppler's pdfdetach (embedded files) on the search path, or null.</summary>
    public string? PdfDetach => ExternalProgram.Find(searchPath, "pdfdetach");

    /// <summary>
    /// The embedded file <paramref name="fileName"/> of a PDF, by poppler's pdfdetach; null when the PDF has
    /// none by that name, pdfdetach is missing, fails, or the file exceeds <see cref="ReadLimits.MaxPackageBytes"/>.
    /// </summary>
    public byte[]? PdfAttachment(byte[] content, string fileName)
    {
        if (PdfDetach is not { } program)
        {
            return null;
        }

        return InTemporaryFolder(folder =>
        {
            var input = Path.Combine(folder, "input.pdf");
            File.WriteAllBytes(input, content);

            // pdfdetach's -savefile does not find a file by a Unicode name (poppler 22): the file's number from the list.
            using var list = new CappedStream(1024 * 1024);
            var listed = ExternalProgram.Run(program, ["-list", "-enc", "UTF-8", input], Timeout, list);
            var number = listed.TimedOut || listed.ExitCode != 0 || list.Exceeded ? null
                : System.Text.Encoding.UTF8.GetString(list.ToArray()).Split('\n')
                    .Select(line => line.Split(": ", 2))
                    .FirstOrDefault(parts => parts.Length == 2 && parts[1].TrimEnd('\r') == fileName && int.TryParse(parts[0], out _))?[0];
            if (number is null)
            {
                return null;
            }

            // To standard output, kept within the cap: an embedded file's compressed stream may expand without end.
            using var file = new CappedStream(ReadLimits.MaxPackageBytes);
            var run = ExternalProgram.Run(program, ["-save", number, "-o", "/dev/stdout", input], Timeout, file);
            return run.TimedOut || run.ExitCode != 0 || file.Exceeded || file.Length == 0 ? null : file.ToArray();
        });
    }

    /// <summary>
    /// Converts files with LibreOffice to <paramref name="format"/> ("xlsx" or "docx"), all in one run (a
    /// folder of a bureau's files costs one start of LibreOffice, not one per file), and returns each
    /// one's converted bytes or why there are none. <c>InputExtension</c> is the extension a file is given
    /// to LibreOffice under (".xls" for a Kingsoft .et, which is an Excel 97 workbook inside).
    /// </summary>
    public IReadOnlyList<Converted> ToOpenXml(IReadOnlyList<(string Name, byte[] Content, string InputExtension)> files, string format)
    {
        if (LibreOffice is null)
        {
            return files.Select(f => Converted.Fail(ReadErrorCode.NeedsLibreOffice, f.Name,
                "读取该格式需要 LibreOffice（soffice），本机未安装。请安装：apt-get install libreoffice-writer-nogui libreoffice-calc-nogui",
                "reading this format needs LibreOffice (soffice); install the Debian packages libreoffice-writer-nogui and libreoffice-calc-nogui")).ToList();
        }

        if (files.Count == 0)
        {
            return [];
        }

        return InTemporaryFolder(folder =>
        {
            // Numbered names: the users' names may repeat, be long or hold characters a command line mangles.
            var inputs = files.Select((f, i) => Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"f{i}{f.InputExtension}"))).ToList();
            for (var i = 0; i < files.Count; i++)
            {
                File.WriteAllBytes(inputs[i], files[i].Content);
            }

            var run = ConvertFiles(inputs, format, Path.Combine(folder, "out"), Timeout * files.Count);
            return files.Select((f, i) =>
            {
                var output = Path.Combine(folder, "out", string.Create(CultureInfo.InvariantCulture, $"f{i}.{format}"));
                return File.Exists(output) && new FileInfo(output).Length > 0 ? new Converted(File.ReadAllBytes(output), null)
                    : run.TimedOut ? Converted.Fail(ReadErrorCode.ConvertTimeout, f.Name,
                        $"LibreOffice 转换超时（每个文件 {Seconds} 秒），已停止", $"LibreOffice did not finish within {Seconds} s per file and was stopped")
                    : Converted.Fail(ReadErrorCode.ConvertFailed, f.Name,
                        $"LibreOffice 无法转换该文件（文件可能已损坏、加密或格式不符）：{run.Message}", $"LibreOffice could not convert the file (damaged, encrypted or not what its name says): {run.Message}");
            }).ToList();
        });
    }

    /// <summary>
    /// Converts many files in one LibreOffice run (it takes any number of inputs) into
    /// <paramref name="outputFolder"/>, each as its base name + "." + <paramref name="format"/> (xlsx, docx,
    /// xls, doc, odt, ods, pdf…). Waits its turn, uses a profile of its own, and is stopped after the timeout.
    /// </summary>
    public ProgramRun ConvertFiles(IReadOnlyList<string> inputs, string format, string outputFolder, TimeSpan? timeout = null)
    {
        var office = LibreOffice ?? throw new InvalidOperationException("LibreOffice (soffice) is not on the search path");
        var limit = timeout ?? Timeout;
        var started = Stopwatch.StartNew();
        if (!LibreOfficeTurn.Wait(limit))
        {
            return new ProgramRun(-1, TimedOut: true, "waited too long for an earlier conversion", started.Elapsed);
        }

        var profile = Directory.CreateTempSubdirectory("jixiao-lo-profile-");
        try
        {
            string[] arguments =
            [
                "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                "-env:UserInstallation=" + new Uri(profile.FullName + "/").AbsoluteUri,
                "--convert-to", format, "--outdir", outputFolder, .. inputs,
            ];
            return ExternalProgram.Run(office, arguments, limit - started.Elapsed, stdout: null);
        }
        finally
        {
            LibreOfficeTurn.Release();
            ExternalProgram.DeleteQuietly(profile.FullName);
        }
    }

    /// <summary>The words of a PDF with their boxes on the page, as <c>pdftotext -tsv</c> lists them (UTF-8).</summary>
    public Converted PdfWords(string name, byte[] content)
    {
        if (PdfToText is not { } program)
        {
            return Converted.Fail(ReadErrorCode.NeedsPdfToText, name,
                "读取 PDF 需要 pdftotext，本机未安装。请安装：apt-get install poppler-utils",
                "reading PDF needs pdftotext; install the Debian package poppler-utils");
        }

        return InTemporaryFolder(folder =>
        {
            var input = Path.Combine(folder, "input.pdf");
            File.WriteAllBytes(input, content);
            using var text = new CappedStream(ReadLimits.MaxPackageBytes);
            var run = ExternalProgram.Run(program, ["-tsv", "-enc", "UTF-8", "-eol", "unix", input, "-"], Timeout, text);
            if (text.Exceeded)
            {
                return Converted.Fail(ReadErrorCode.TooBig, name,
                    $"PDF 中的文字过多（超过 {ReadLimits.MaxPackageBytes / 1024 / 1024} MB），无法读取；请拆分后再导入",
                    $"the PDF's words exceed {ReadLimits.MaxPackageBytes / 1024 / 1024} MB");
            }

            if (run.TimedOut)
            {
                return Converted.Fail(ReadErrorCode.ConvertTimeout, name,
                    $"pdftotext 提取文字超时（{Seconds} 秒），已停止", $"pdftotext did not finish within {Seconds} s and was stopped");
            }

            if (run.ExitCode != 0)
            {
                return Converted.Fail(ReadErrorCode.ConvertFailed, name,
                    $"pdftotext 无法读取该 PDF（文件可能已损坏或加密）：{run.Message}", $"pdftotext could not read the PDF (damaged or encrypted): {run.Message}");
            }

            return new Converted(text.ToArray(), null);
        });
    }

    private static T InTemporaryFolder<T>(Func<string, T> work)
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-convert-");
        try
        {
            return work(folder.FullName);
        }
        finally
        {
            ExternalProgram.DeleteQuietly(folder.FullName);
        }
    }
}

/// <summary>The bytes a converter produced, or why it produced none.</summary>
public sealed record Converted(byte[]? Output, ReadError? Error)
{
    public static Converted Fail(ReadErrorCode code, string source, string zh, string en) => new(null, new ReadError(code, source, zh, en));
}
