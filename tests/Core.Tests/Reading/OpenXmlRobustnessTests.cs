using System.Text.RegularExpressions;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading;

/// <summary>Damaged packages, byte by byte and inside the XML: a reader returns a document or CorruptPackage, never throws.</summary>
public class OpenXmlRobustnessTests
{
    private const int Rounds = 300;

    private static readonly string[] OddValues = ["4294967295", "0", "-5", "1e3", "A0", "ZZZZ1", "B2:A1", "A1:XFD1048576", ""];

    public static TheoryData<string> Readers() => ["xlsx", "docx"];

    private static (IDocumentReader Reader, byte[] Valid, string MainPart) Subject(string kind) => kind == "xlsx"
        ? (new XlsxReader(), OpenXmlFixtures.WorkbookWithNumbers(("S", [["标题", null, "95%"], [null, "b", "3"]], ["A1:B1", "A1:A2"])), "xl/worksheets/sheet1.xml")
        : (new DocxReader(), OpenXmlFixtures.Document("段落", new DocxTable([["a", null], [null, "c"]], "A1:B1", "A1:A2")), "word/document.xml");

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_RandomlyDamagedBytes_NeverThrows(string kind)
    {
        var (reader, valid, _) = Subject(kind);
        var random = new Random(20240601);
        for (var round = 0; round < Rounds; round++)
        {
            var bytes = (byte[])valid.Clone();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            AssertDocumentOrCorrupt(reader.Read("f", random.Next(3) == 0 ? bytes[..random.Next(1, bytes.Length)] : bytes));
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_OddAttributeValuesAndBrokenXml_NeverThrows(string kind)
    {
        var (reader, valid, mainPart) = Subject(kind);
        var random = new Random(7);
        for (var round = 0; round < Rounds; round++)
        {
            var bytes = OpenXmlFixtures.EditPart(valid, mainPart, xml => round % 3 == 0
                ? xml.Remove(random.Next(xml.Length), 1)
                : Regex.Replace(xml, "\"[^\"<>]*\"", m => random.Next(4) == 0 ? $"\"{OddValues[random.Next(OddValues.Length)]}\"" : m.Value));

            AssertDocumentOrCorrupt(reader.Read("f", bytes));
        }
    }

    private static void AssertDocumentOrCorrupt(ReadResult result) =>
        Assert.True(result.Document is not null || result.Error?.Code == ReadErrorCode.CorruptPackage, result.Error?.ToString());
}
