using System.Globalization;
using System.Text;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// Every seed and corpus sheet, written as a real form and turned by LibreOffice into the formats people
/// send, reads back to its gold rows (categories, name, sign, number, unit). The originals show what the
/// readers make of the form itself; each converted format must read back every row the original did.
/// </summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class OfficeRoundTripTests(OfficeRoundTrip trip) : IClassFixture<OfficeRoundTrip>
{
    /// <summary>
    /// Corpus files whose standard form the current layouts (Core/Layouts) do not read back to the gold, for
    /// reasons in the layouts, not the formats — each converted format reads them exactly as the .xlsx/.docx
    /// original does. Strict: a file that starts reading exactly must leave this list (issue 9, items 2–3).
    /// </summary>
    private static readonly Dictionary<string, string> KnownLayoutGaps = new(StringComparer.Ordinal)
    {
        ["b04_fujian-xiuyu-shuili-2025"] = "the unit in the name's brackets (个) is added where the gold has none",
        ["b11_anhui-jinzhai-kaifaqu-wuye-2021"] = "the name's 指标1: prefix is stripped (the import contract strips it; the gold keeps it as written)",
    };

    public static TheoryData<string> Formats => new(["xlsx", "docx", .. OfficeRoundTrip.OfficeFormats]);

    public static TheoryData<string> Converted => new(OfficeRoundTrip.OfficeFormats);

    /// <summary>Each gold file's form reads back to its gold rows: the seeds and every corpus file outside <see cref="KnownLayoutGaps"/>.</summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void Form_WrittenFromGold_ReadsBackToTheGoldRows(string format)
    {
        Assert.SkipWhen(trip.Missing is not null, "需要 " + trip.Missing);
        Report(format);

        var results = trip.Of(format).ToList();
        Assert.Equal(GoldDocument.All.Count, results.Count);
        Assert.All(results.Where(r => !KnownLayoutGaps.ContainsKey(r.Document)), r => Assert.True(r.Error is null && r.Missing.Count == 0 && r.Invented.Count == 0, Describe(r)));
        Assert.All(results.Where(r => KnownLayoutGaps.ContainsKey(r.Document)), r => Assert.True(r.Missing.Count > 0 || r.Invented.Count > 0,
            $"{r.Document} now reads back exactly: take it out of {nameof(KnownLayoutGaps)}"));
    }

    /// <summary>LibreOffice loses nothing: a converted file reads the same rows, in the same order, as the form it came from.</summary>
    [Theory]
    [MemberData(nameof(Converted))]
    public void Converted_ByLibreOffice_ReadsWhatTheOriginalReads(string format)
    {
        Assert.SkipWhen(trip.Missing is not null, "需要 " + trip.Missing);
        var original = format is "xls" or "et" ? "xlsx" : "docx";

        Assert.All(trip.Of(format), r =>
        {
            var source = trip.Of(original).Single(o => o.Document == r.Document);
            Assert.Null(r.Error);
            Assert.Equal(source.Read, r.Read);
            Assert.Equal(source.Unplaced, r.Unplaced);
        });
    }

    /// <summary>
    /// The Word forms printed to PDF read back through pdftotext: at least the measured share of the gold rows
    /// exact (outside <see cref="KnownLayoutGaps"/>), at most the measured share invented.
    /// </summary>
    [Fact]
    public void Pdf_PrintedFromTheWordForm_ReadsBackTheMeasuredShareOfTheGoldRows()
    {
        Assert.SkipWhen(trip.Missing is not null, "需要 " + trip.Missing);
        Report("pdf");

        // Issue 9 asked for 95% exact; with the forms of GoldFormWriter (one table, equal 1800-twip columns, forms
        // running on without page breaks) 562 / 567 rows read exactly. Since issue 11 the Word forms are the
        // product's (Core/Export/Forms: header fields and indicators as two tables, columns sized to their text,
        // each form on its own A4 page); the columns reader first read 237 / 591 of them exactly (180 invented). With
        // the reader of issue 11 (the page's columns and continuations, decisions 017 and 019) 568 / 591 read exactly,
        // 18 invented (measured over all documents). The floor holds that figure, so a change of the PDF reader shows
        // as a rise or fails, not as a silent change.
        var results = trip.Of("pdf").Where(r => !KnownLayoutGaps.ContainsKey(r.Document)).ToList();
        Assert.All(results, r => Assert.Null(r.Error));
        var (exact, total, invented) = (results.Sum(r => r.Exact), results.Sum(r => r.Gold.Count), results.Sum(r => r.Invented.Count));
        Assert.True(exact >= 0.955 * total, string.Create(CultureInfo.InvariantCulture, $"{exact} / {total} rows exact from PDF"));
        Assert.True(invented <= 0.035 * total, string.Create(CultureInfo.InvariantCulture, $"{invented} rows invented from PDF"));
    }

    private void Report(string format)
    {
        var results = trip.Of(format).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $".{format}: {results.Sum(r => r.Exact)} / {results.Sum(r => r.Gold.Count)} rows exact, {results.Sum(r => r.Invented.Count)} invented, {results.Sum(r => r.Unplaced)} unplaced\n");
        foreach (var (step, elapsed) in trip.Timings)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {step}: {elapsed.TotalSeconds:0.0} s\n");
        }

        foreach (var r in results.Where(r => r.Missing.Count > 0 || r.Invented.Count > 0 || r.Error is not null))
        {
            text.Append(Describe(r)).Append('\n');
        }

        TestContext.Current.TestOutputHelper?.WriteLine(text.ToString());
    }

    private static string Describe(RoundTripResult r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Document}.{r.Format}: {r.Exact}/{r.Gold.Count} exact{(r.Error is null ? "" : " " + r.Error)}")
        + string.Concat(r.Missing.Select(m => "\n    gold:  " + m)) + string.Concat(r.Invented.Select(m => "\n    read:  " + m));
}

/// <summary>Tests that run LibreOffice: never in parallel with each other (the converter runs one at a time).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LibreOfficeCollection
{
    public const string Name = "LibreOffice";
}
