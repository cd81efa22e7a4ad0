using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Core.Export;

namespace Jixiao.Core.Tests.Export;

public sealed class TableExportTests
{
    private static readonly ExportTable Table = new(
        "目标表",
        [new("编号", ExportColumnKind.Integer), new("项目名称"), new("预算(万元)", ExportColumnKind.Amount), new("备注")],
        [
            [1L, "公益性岗位补贴县级配套", 1442.41m, null],
            [2L, "含,逗号与\"引号\"\n和换行", 26.9m, "=SUM(A1:A2)"],
            [3L, null, null, "-1"],
        ]);

    [Fact]
    public void WriteCsv_Table_Utf8WithBomQuotedAmountsWithTwoDecimalsFormulasKeptAsText()
    {
        using var buffer = new MemoryStream();

        TableExport.WriteCsv(buffer, Table);

        var bytes = buffer.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "编号,项目名称,预算(万元),备注\r\n" +
            "1,公益性岗位补贴县级配套,1442.41,\r\n" +
            "2,\"含,逗号与\"\"引号\"\"\n和换行\",26.90,'=SUM(A1:A2)\r\n" +
            "3,,,'-1\r\n",
            text);
    }

    [Fact]
    public void WriteXlsx_Table_CellsTypedHeaderFrozenAndFiltered()
    {
        using var buffer = new MemoryStream();

        TableExport.WriteXlsx(buffer, Table);

        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("目标表", sheet.Name?.Value);
        var worksheet = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
        var cells = worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("项目名称", cells["B1"].InlineString!.InnerText);
        Assert.Equal("1442.41", cells["C2"].CellValue!.Text);
        Assert.Null(cells["C2"].DataType);
        Assert.Equal(2u, cells["C2"].StyleIndex!.Value);
        Assert.Equal("=SUM(A1:A2)", cells["D3"].InlineString!.InnerText);
        Assert.Null(cells["D3"].CellFormula);
        Assert.Equal("A1:D4", worksheet.Descendants<AutoFilter>().Single().Reference?.Value);
        Assert.Equal("A2", worksheet.Descendants<Pane>().Single().TopLeftCell?.Value);
    }

    /// <summary>LibreOffice (Debian's, headless) opens the .xlsx and reads the same cells back.</summary>
    [Fact]
    public void WriteXlsx_OpenedByLibreOffice_SameCells()
    {
        const string office = "/usr/bin/soffice";
        Assert.SkipUnless(File.Exists(office), "需要 LibreOffice：apt-get install -y --no-install-recommends libreoffice-calc-nogui / LibreOffice is not installed");
        var folder = Directory.CreateTempSubdirectory("jixiao-export-");
        try
        {
            var xlsx = Path.Combine(folder.FullName, "list.xlsx");
            using (var file = File.Create(xlsx))
            {
                TableExport.WriteXlsx(file, Table);
            }

            var start = new ProcessStartInfo(office)
            {
                ArgumentList =
                {
                    "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false", "--outdir", folder.FullName, xlsx,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using (var process = Process.Start(start)!)
            {
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish");
                Assert.Equal(0, process.ExitCode);
            }

            var rows = Fields(File.ReadAllText(Path.Combine(folder.FullName, "list.csv"), Encoding.UTF8));
            Assert.Equal(["编号", "项目名称", "预算(万元)", "备注"], rows[0]);
            Assert.Equal(["1", "公益性岗位补贴县级配套", "1442.41", ""], rows[1]);
            Assert.Equal(["2", "含,逗号与\"引号\"\n和换行", "26.9", "=SUM(A1:A2)"], rows[2]);
            Assert.Equal(["3", "", "", "-1"], rows[3]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The fields of CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks).</summary>
    private static List<string[]> Fields(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
