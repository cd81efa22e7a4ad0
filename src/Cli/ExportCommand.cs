using System.CommandLine;
using System.Globalization;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Data;
using System.Data.Common;

namespace Jixiao.Cli;

/// <summary>
/// `jixiao export FILE | --sheet ID... | --region CODE --year YYYY  --format xlsx|docx|pdf|html [--layout NAME] [-o OUT]`:
/// writes sheets as their official forms, all into one file (a worksheet or a section each), or — with --region —
/// every stored sheet of a region and year as one file each in a zip with its 目录 (docs/decisions/018). A FILE is
/// read as `jixiao import` reads it; --sheet and --region take stored sheets from the database `jixiao migrate`
/// uses. Exit codes: 0 written; 1 no target table in FILE, or no sheet of the region and year; 2 usage error,
/// unreadable file, unknown sheet, database or PDF converter missing.
/// </summary>
internal static class ExportCommand
{
    public const int NoSheet = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr, DocumentImporter importer, Func<string, string?> environment)
    {
        var file = new Argument<string?>("file") { Description = "要导出的文件（按 import 的方式读取）；或用 --sheet 从数据库取", Arity = ArgumentArity.ZeroOrOne };
        var sheets = new Option<long[]>("--sheet") { Description = "数据库中绩效目标表的编号（可多次给出，导出到同一文件）", HelpName = "ID", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string?>("--format", "-f") { Description = "格式：xlsx、docx、pdf、html（默认取 -o 的扩展名，否则 xlsx）", HelpName = "xlsx|docx|pdf|html" };
        var layout = new Option<string?>("--layout") { Description = "版式：standard(101号) approval(批复表,000) public(公开表,001) plan(资金支出计划,002) declaration(申报表,003) unit(单位整体+项目,004)；默认按导入时的版式", HelpName = "NAME" };
        var region = new Option<string?>("--region") { Description = "财政区划编码（6 位）：导出该区划 --year 年度的全部目标表，每表一个文件，打成 zip", HelpName = "CODE" };
        var year = new Option<int?>("--year") { Description = "与 --region 一起：预算年度", HelpName = "YYYY" };
        var output = new Option<string?>("--output", "-o") { Description = "输出文件（默认为表名加扩展名，写在当前目录）", HelpName = "OUT" };
        var provider = new Option<string?>("--provider") { Description = $"数据库类型（默认 sqlite，或环境变量 {DatabaseTarget.ProviderVariable}）", HelpName = "sqlite|postgres" };
        var connection = new Option<string?>("--connection") { Description = $"连接字符串（或环境变量 {DatabaseTarget.ConnectionVariable}）", HelpName = "STRING" };
        var command = new Command("export", "将绩效目标表按正式表样导出为 Excel、Word、PDF 或网页 / write sheets as their official forms")
        {
            file, sheets, region, year, format, layout, output, provider, connection,
        };
        command.SetAction(async (parse, ct) =>
        {
            var request = new ExportRequest(parse.GetValue(file), parse.GetValue(sheets) ?? [], parse.GetValue(format), parse.GetValue(layout), parse.GetValue(output))
            {
                Region = parse.GetValue(region),
                Year = parse.GetValue(year),
            };
            if (request.Problem() is { } problem)
            {
                stderr.WriteLine(problem);
                return JixiaoCommand.UsageOrUnreadable;
            }

            if (request.Region is not null)
            {
                return await RegionAsync(request, DatabaseTarget.Resolve(parse.GetValue(provider), parse.GetValue(connection), environment), stdout, stderr, ct);
            }

            var (read, title, code) = request.File is { } path
                ? FromFile(path, importer, stderr)
                : await FromDatabaseAsync(request.Sheets, DatabaseTarget.Resolve(parse.GetValue(provider), parse.GetValue(connection), environment), stderr, ct);
            return read is null ? code : Write(read, title, request, stdout, stderr);
        });
        return command;
    }

    private static (IReadOnlyList<TargetSheet>?, string?, int) FromFile(string path, DocumentImporter importer, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"找不到文件 {path} / no such file: {path}");
            return (null, null, JixiaoCommand.UsageOrUnreadable);
        }

        var outcome = importer.ImportFile(path);
        if (outcome.Error is { } error)
        {
            stderr.WriteLine($"无法读取 {error.Source}：{error.MessageZh} / cannot read {error.Source}: {error.MessageEn} [{error.CodeText}]");
            return (null, null, JixiaoCommand.UsageOrUnreadable);
        }

        if (outcome.Document!.Sheets.Count == 0)
        {
            stderr.WriteLine($"未识别出绩效目标表：{path} / no performance target table found: {path}");
            return (null, null, NoSheet);
        }

        return (outcome.Document.Sheets, Path.GetFileNameWithoutExtension(path), 0);
    }

    private static async Task<(IReadOnlyList<TargetSheet>?, string?, int)> FromDatabaseAsync(long[] ids, DatabaseTarget target, TextWriter stderr, CancellationToken ct)
    {
        if (target.Error is { } error)
        {
            stderr.WriteLine(error);
            return (null, null, JixiaoCommand.UsageOrUnreadable);
        }

        await using var db = JixiaoDb.Create(target.WithoutCreating());
        var sheets = new List<TargetSheet>();
        try
        {
            foreach (var id in ids)
            {
                var loaded = await SheetStore.LoadAsync(db, id, ct);
                if (loaded.Error is { } missing)
                {
                    stderr.WriteLine($"{missing.MessageZh} / {missing.MessageEn}");
                    return (null, null, JixiaoCommand.UsageOrUnreadable);
                }

                sheets.Add(loaded.Value!.Sheet);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            stderr.WriteLine($"无法读取数据库 {target.Description} / cannot read the database {target.Description}: {e.Message}");
            return (null, null, JixiaoCommand.UsageOrUnreadable);
        }

        return (sheets, null, 0);
    }

    /// <summary>Every sheet of the region and year (the CLI acts as the system: all of them) into a zip, one form per sheet.</summary>
    private static async Task<int> RegionAsync(ExportRequest request, DatabaseTarget target, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (target.Error is { } error)
        {
            stderr.WriteLine(error);
            return JixiaoCommand.UsageOrUnreadable;
        }

        var (code, year, format) = (request.Region!, request.Year!.Value, request.EffectiveFormat);
        var path = request.Output ?? FormExport.FileName($"绩效目标表-{code}-{year.ToString(CultureInfo.InvariantCulture)}-{format}", "zip");
        var created = false;
        await using var db = JixiaoDb.Create(target.WithoutCreating());
        try
        {
            if (await RegionFormExport.CountAsync(db, SheetScope.All, code, year, ct) == 0)
            {
                stderr.WriteLine($"财政区划 {code} 的 {year.ToString(CultureInfo.InvariantCulture)} 年度没有目标表 / no sheets of region {code} in {year.ToString(CultureInfo.InvariantCulture)}");
                return NoSheet;
            }

            int written;
            await using (var stream = File.Create(path))
            {
                created = true;
                written = await RegionFormExport.WriteAsync(db, SheetScope.All, new RegionExportRequest(code, year, format, request.Family), stream, "jixiao export（命令行）", null, ct);
            }

            stdout.WriteLine($"已导出 {written} 张绩效目标表（财政区划 {code}，{year.ToString(CultureInfo.InvariantCulture)} 年度，{format}，每表一个文件）到 {path} / wrote {written} sheets to {path}");
            return 0;
        }
        catch (FormFormatUnavailableException e)
        {
            stderr.WriteLine(e.Message);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            stderr.WriteLine($"无法读取数据库 {target.Description} / cannot read the database {target.Description}: {e.Message}");
        }

        if (created)
        {
            File.Delete(path);
        }

        return JixiaoCommand.UsageOrUnreadable;
    }

    private static int Write(IReadOnlyList<TargetSheet> sheets, string? title, ExportRequest request, TextWriter stdout, TextWriter stderr)
    {
        var format = request.EffectiveFormat;
        var path = request.Output ?? FormExport.FileName(title ?? sheets[0].ProjectName ?? sheets[0].Department, format);
        var forms = FormExport.Layout(sheets, request.Family);
        try
        {
            using (var stream = File.Create(path))
            {
                FormExport.Default.Writer(format)!.Write(stream, forms);
            }
        }
        catch (FormFormatUnavailableException e)
        {
            File.Delete(path);
            stderr.WriteLine(e.Message);
            return JixiaoCommand.UsageOrUnreadable;
        }

        stdout.WriteLine($"已导出 {sheets.Count} 张绩效目标表（{forms.Count} 张表样）到 {path} / wrote {sheets.Count} sheets to {path}");
        return 0;
    }
}
