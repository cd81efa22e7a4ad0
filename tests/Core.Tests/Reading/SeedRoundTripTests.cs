using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// A seed written into a real workbook and a real Word document — its tables as tables, the blank
/// cells under a category as merged cells, the way the original forms were made — reads back into
/// the same sheets and indicators as the text extraction.
/// </summary>
public class SeedRoundTripTests
{
    public static TheoryData<string> SeedNames => new(Seeds.ProjectTables002, Seeds.Declaration003, Seeds.UnitAndProjects004, Seeds.Approval000);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Import_SeedWrittenAsWorkbookWithMergedCells_ReadsTheSameSheets(string seed)
    {
        var rows = TextRows(seed);
        var (cells, merges) = WithMergedCategories(rows);
        var workbook = OpenXmlFixtures.WorkbookWithNumbers(("绩效目标表", cells, merges));
        Assert.NotEmpty(merges);

        var outcome = DocumentImporter.Default.Import(seed + ".xlsx", workbook);

        AssertSameReading(Seeds.Read(seed), outcome);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Import_SeedWrittenAsWordDocumentWithMergedCells_ReadsTheSameSheets(string seed)
    {
        var blocks = new List<DocxBlock>();
        var table = new List<string[]>();

        void FlushTable()
        {
            if (table.Count > 0)
            {
                var (cells, merges) = WithMergedCategories(table);
                blocks.Add(new DocxTable(cells, merges));
                table.Clear();
            }
        }

        foreach (var row in TextRows(seed))
        {
            if (row.Length > 1)
            {
                table.Add(row);
            }
            else
            {
                FlushTable();
                blocks.Add(row.FirstOrDefault(c => c.Length > 0) ?? "");
            }
        }

        FlushTable();
        var outcome = DocumentImporter.Default.Import(seed + ".docx", OpenXmlFixtures.Document([.. blocks]));

        AssertSameReading(Seeds.Read(seed), outcome);
    }

    private static void AssertSameReading(ImportedDocument expected, ImportOutcome outcome)
    {
        Assert.Null(outcome.Error);
        var actual = outcome.Document!;
        Assert.Equal(expected.Sheets.Count, actual.Sheets.Count);
        for (var i = 0; i < expected.Sheets.Count; i++)
        {
            var (e, a) = (expected.Sheets[i], actual.Sheets[i]);
            Assert.Equal((e.Kind, e.Title, e.Department, e.FiscalYear, e.ProjectName, e.ProjectCode), (a.Kind, a.Title, a.Department, a.FiscalYear, a.ProjectName, a.ProjectCode));
            Assert.Equal(e.Budget?.TotalWan, a.Budget?.TotalWan);
            Assert.Equal(e.Indicators.Select(Describe), a.Indicators.Select(Describe));
            Assert.NotEqual(e.Indicators.FirstOrDefault()?.Position, a.Indicators.FirstOrDefault()?.Position);
        }
    }

    private static string Describe(Indicator i) =>
        $"{i.Level1}/{i.Level2}/{i.Name} = {i.Value.Raw} [{TargetValueParser.SignCode(i.Value.Sign)} {i.Value.Number} {i.Value.Unit} {i.Value.IsQualitative}]";

    /// <summary>The seed's rows as the text reader sees them (one-cell-per-line tables already regrouped), blank lines left out.</summary>
    private static List<string[]> TextRows(string seed)
    {
        var read = new TextTableReader().Read(seed + ".txt", File.ReadAllBytes(Seeds.PathOf(seed)));
        return read.Document!.Grids[0].Rows.Where(r => !r.IsBlank).Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();
    }

    /// <summary>
    /// Rows padded to one width, with each blank cell of the first three columns that sits under a
    /// filled one inside a table turned into part of a vertical merge, as a form's category cells are.
    /// </summary>
    private static (string?[][] Cells, string[] Merges) WithMergedCategories(List<string[]> rows)
    {
        var width = rows.Max(r => r.Length);
        var cells = rows.Select(r => Enumerable.Range(0, width).Select(c => c < r.Length ? r[c] : "").ToArray<string?>()).ToArray();
        var merges = new List<string>();
        for (var c = 0; c < Math.Min(3, width); c++)
        {
            for (var r = 0; r < cells.Length; r++)
            {
                if (string.IsNullOrWhiteSpace(cells[r][c]) || cells[r].Count(x => !string.IsNullOrWhiteSpace(x)) < 3)
                {
                    continue;
                }

                var end = r;
                while (end + 1 < cells.Length && string.IsNullOrEmpty(cells[end + 1][c]) && cells[end + 1].Count(x => !string.IsNullOrWhiteSpace(x)) >= 2)
                {
                    end++;
                    cells[end][c] = null;
                }

                if (end > r)
                {
                    merges.Add($"{OpenXmlFixtures.ColumnName(c + 1)}{r + 1}:{OpenXmlFixtures.ColumnName(c + 1)}{end + 1}");
                }

                r = end;
            }
        }

        return (cells, merges.ToArray());
    }
}
