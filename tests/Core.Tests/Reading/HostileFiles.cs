using System.Text;

namespace Jixiao.Core.Tests.Reading;

/// <summary>Small files built to hurt a reader: deep nesting, huge parts, far-away cells. Built in memory by the tests.</summary>
public static class HostileFiles
{
    public const string SheetPart = "xl/worksheets/sheet1.xml";
    public const string StringsPart = "xl/sharedStrings.xml";
    public const string BodyPart = "word/document.xml";

    public static byte[] Workbook() => OpenXmlFixtures.Workbook(("表", [["项目名称", "道路养护"], ["金额", "12"]], []));

    public static byte[] Document() => OpenXmlFixtures.Document("项目名称：道路养护", new DocxTable([["指标", "值"], ["数量", "3"]]));

    /// <summary><paramref name="depth"/> elements, each inside the one before: &lt;x&gt;&lt;x&gt;…&lt;/x&gt;&lt;/x&gt;.</summary>
    public static string Nest(int depth, string open = "<x>", string close = "</x>") =>
        new StringBuilder(depth * (open.Length + close.Length)).Insert(0, open, depth).Append('1').Insert(depth * open.Length + 1, close, depth).ToString();

    /// <summary>A workbook whose sheet (or another part) holds elements nested <paramref name="depth"/> deep.</summary>
    public static byte[] DeepWorkbook(int depth, string part = SheetPart) =>
        OpenXmlFixtures.EditPart(Workbook(), part, xml => BeforeRootEnd(xml, Nest(depth)));

    /// <summary>A Word document whose body ends with elements nested <paramref name="depth"/> deep.</summary>
    public static byte[] DeepDocument(int depth) =>
        OpenXmlFixtures.EditPart(Document(), BodyPart, xml => BeforeRootEnd(xml, Nest(depth)));

    /// <summary>Inserts markup as the last child of the root element.</summary>
    public static string BeforeRootEnd(string xml, string markup) => xml.Insert(xml.LastIndexOf("</", StringComparison.Ordinal), markup);

    /// <summary>A sheet whose markup is replaced by <paramref name="sheetData"/> (rows of raw XML).</summary>
    public static byte[] RawSheet(string sheetData, string merges = "") => OpenXmlFixtures.EditPart(Workbook(), SheetPart, _ =>
        $"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheetData}</sheetData>{merges}</worksheet>""");

    public static string InlineCell(string reference, string text) => $"""<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>""";

    /// <summary>The seed-like sheet with one more cell at the very last row Excel has.</summary>
    public static byte[] StrayCellInLastRow() => RawSheet(
        $"""<row r="1">{InlineCell("A1", "项目名称")}{InlineCell("B1", "道路养护")}</row><row r="1048576">{InlineCell("A1048576", "x")}</row>""");

    public static string Html(string body) => $"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>";
}
