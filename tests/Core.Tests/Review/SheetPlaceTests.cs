using Jixiao.Core.Reading;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review;

/// <summary>
/// A sheet reviewed on its own in its place (its page, an edit, the submit check) gets what the review of its whole
/// document gives it (docs/decisions/022): the sheet's own rules' findings the same, the document's rules' findings
/// added from the document's review.
/// </summary>
public class SheetPlaceTests
{
    public static TheoryData<string> Files => [.. Seeds.All.Select(Seeds.PathOf)
        .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "raw"), "*.txt").Order(StringComparer.Ordinal))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Review_EachSheetAloneInItsPlace_SameFindingsAsInItsDocument(string file)
    {
        var outcome = DocumentImporter.Default.ImportFile(file);
        Assert.Null(outcome.Error);
        var document = outcome.Document! with { Source = Path.GetFileName(file) };
        var whole = RuleEngine.Default.Review(document);
        var names = SheetPlace.ProjectNamesOf(document.Sheets.Select(s => (s.Kind, s.ProjectName)));
        for (var i = 0; i < document.Sheets.Count; i++)
        {
            var place = SheetPlace.In(document, i, names);
            var expected = whole.Sheets[i].Findings;
            var fromDocument = expected.Where(f => RuleEngine.DocumentRuleIds.Contains(f.RuleId)).ToList();
            Assert.Equal(Describe(expected.Where(f => !RuleEngine.DocumentRuleIds.Contains(f.RuleId))), Describe(RuleEngine.Default.Review(document.Sheets[i], place)));
            Assert.Equal(Describe(expected), Describe(RuleEngine.Default.Review(document.Sheets[i], place, fromDocument)));
        }
    }

    [Fact]
    public void Review_SheetADocumentRuleBlames_RepeatedFindingPartlyInDoubtStaysAsAlone()
    {
        // Three approximate targets, the second stating two quantities: one defect of the table listing the three rows,
        // in doubt on its second row only. A document rule blaming the sheet (a year left over from last year's file)
        // must not turn the whole finding doubtful, or the sheet's page would say otherwise than its document.
        var stale = Project([.. Complete88(), Row("产出指标", "数量指标", "补贴人数", "≅547人", 16),
            Row("产出指标", "数量指标", "资助人数及标准", "≅4250人，平均2000元/年/人", 17), Row("产出指标", "质量指标", "录入准确率", "≅93%", 18)])
            with { FiscalYear = 2023, ProjectName = "丙项目" };
        var document = Document(Project(name: "甲项目"), Project(name: "乙项目"), stale);
        var whole = RuleEngine.Default.Review(document);
        var expected = whole.Sheets[2].Findings;
        Assert.Contains(expected, f => f.RuleId == "DOC-YEAR-MIXED");
        var approximate = Assert.Single(expected, f => f.RuleId == "VAL-APPROXIMATE");
        Assert.Equal(3, approximate.Rows.Count);
        Assert.Null(approximate.Doubt);

        var names = SheetPlace.ProjectNamesOf(document.Sheets);
        var alone = RuleEngine.Default.Review(document.Sheets[2], SheetPlace.In(document, 2, names), [.. expected.Where(f => RuleEngine.DocumentRuleIds.Contains(f.RuleId))]);

        Assert.Equal(Describe(expected), Describe(alone));
    }

    [Fact]
    public void Review_SheetWithoutSatisfactionRows_DoubtfulOnlyAsTheLastSheetOfACopiedText()
    {
        // The copy of a web page may stop after any row: as its last sheet, a table ending before 满意度指标 may be cut.
        var sheet = TestSheets.Project(TestSheets.Complete88().Where(r => r.Level1 != "满意度指标").ToList());
        var other = TestSheets.Project(name: "另一个项目");
        var names = SheetPlace.ProjectNamesOf([(other.Kind, other.ProjectName), (sheet.Kind, sheet.ProjectName)]);

        var last = Missing(RuleEngine.Default.Review(sheet, new SheetPlace("目标表.txt", 1, 2, names)));
        var first = Missing(RuleEngine.Default.Review(sheet, new SheetPlace("目标表.txt", 0, 2, names)));
        var workbook = Missing(RuleEngine.Default.Review(sheet, new SheetPlace("目标表.xlsx", 1, 2, names)));

        Assert.Equal(Severity.Warning, last.Severity);
        Assert.NotNull(last.Doubt);
        Assert.Equal((Severity.Error, null), (first.Severity, first.Doubt));
        Assert.Equal((Severity.Error, null), (workbook.Severity, workbook.Doubt));
    }

    private static Finding Missing(IReadOnlyList<Finding> findings) => Assert.Single(findings, f => f.RuleId == "STR-L1-MISSING");

    private static List<string> Describe(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.RuleId} {f.Severity} {f.Position} {f.Indicator?.Name} {f.Message} | {f.Fix} | {f.Doubt}")];
}
