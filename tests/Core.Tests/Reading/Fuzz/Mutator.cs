using System.Text;

namespace Jixiao.Core.Tests.Reading.Fuzz;

/// <summary>
/// Deterministic mutants of the seeds and corpus texts: mutant n of a run is the same file on every machine.
/// Line operations (deletions, duplications, shuffles, repeated headers, huge lines, blank runs, footnotes),
/// then a format (.txt, .xlsx, .docx, .html), then deep nesting or byte damage (random bytes, truncation,
/// another encoding).
/// </summary>
public sealed class Mutator(IReadOnlyList<FuzzSource> sources, int seed)
{
    private static readonly string[] Headers = ["项目名称", "一级指标\t二级指标\t三级指标\t指标值", "单位编码\t单位及项目名称\t金额(万元)\t绩效目标\t绩效指标", "年度绩效目标", "产出指标", "合计"];

    private static readonly string[] Footnotes = ["注：以上金额单位为万元", "填表人：张三", "审核人：\t\t联系电话：", "单位负责人：李四\t\t\t\t"];

    private static readonly string[] Formats = ["txt", "txt", "txt", "xlsx", "docx", "html"];

    private static readonly (string Name, Action<Random, List<string>> Apply)[] LineOperations =
    [
        ("delete-lines", (r, l) => { var (at, n) = Span(r, l, 10); l.RemoveRange(at, n); }),
        ("duplicate-lines", (r, l) => { var (at, n) = Span(r, l, 20); l.InsertRange(r.Next(l.Count + 1), l.GetRange(at, n)); }),
        ("shuffle-lines", (r, l) => { var (at, n) = Span(r, l, 30); var window = l.GetRange(at, n); r.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(window)); l.RemoveRange(at, n); l.InsertRange(at, window); }),
        ("shuffle-cells", (r, l) => { var at = r.Next(l.Count); var cells = l[at].Split('\t'); r.Shuffle(cells); l[at] = string.Join('\t', cells.Take(r.Next(cells.Length + 1))); }),
        ("repeat-header", (r, l) => { var header = r.Next(2) == 0 ? Headers[r.Next(Headers.Length)] : l[r.Next(l.Count)]; for (var k = r.Next(2, 50); k > 0; k--) { l.Insert(r.Next(l.Count + 1), header); } }),
        ("huge-line", (r, l) => { l.Insert(r.Next(l.Count + 1), HugeLine(r)); }),
        ("blank-lines", (r, l) => { l.InsertRange(r.Next(l.Count + 1), Enumerable.Repeat(r.Next(2) == 0 ? "" : "\t\t", r.Next(100, 2_000))); }),
        ("footnote", (r, l) => { l.Add(Footnotes[r.Next(Footnotes.Length)]); }),
        ("markup-in-cell", (r, l) => { var at = r.Next(l.Count); l[at] = l[at].Insert(r.Next(l[at].Length + 1), r.Next(2) == 0 ? "<p>一、产出指标</p><p>1. 数量 ≥5个" : "<li><div>"); }),
    ];

    public Mutant Create(int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var source = sources[random.Next(sources.Count)];
        var format = Formats[random.Next(Formats.Length)];
        var lines = (format == "txt" ? source.Text.Split('\n') : source.Rows).ToList();
        var kind = new List<string> { format, source.Name };
        for (var k = random.Next(1, 4); k > 0 && lines.Count > 0; k--)
        {
            var operation = LineOperations[random.Next(LineOperations.Length)];
            operation.Apply(random, lines);
            kind.Add(operation.Name);
        }

        var content = FuzzFormats.Write(format, lines);
        switch (random.Next(10))
        {
            case 0:
                var depth = DeepLevels[random.Next(DeepLevels.Length)];
                kind.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"deep-{depth}"));
                content = FuzzFormats.Nest(format, content, depth, random);
                break;
            case 1:
                kind.Add("random-bytes");
                content = (byte[])content.Clone();
                for (var k = random.Next(1, 20); k > 0 && content.Length > 0; k--)
                {
                    content[random.Next(content.Length)] = (byte)random.Next(256);
                }

                break;
            case 2:
                kind.Add("truncate");
                content = content[..random.Next(content.Length + 1)];
                break;
            case 3 when format == "txt":
                kind.Add("gb18030");
                content = Jixiao.Core.Reading.TextDecoding.Gb18030.GetBytes(Encoding.UTF8.GetString(content));
                break;
        }

        return new Mutant(index, string.Join(' ', kind), $"{source.Name}.{format}", content);
    }

    private static readonly int[] DeepLevels = [100, Core.Reading.ReadLimits.MaxDepth - 8, Core.Reading.ReadLimits.MaxDepth + 8, 2_000, 20_000];

    /// <summary>A run of lines to cut or copy: its start and length (at most <paramref name="max"/>).</summary>
    private static (int At, int Count) Span(Random random, List<string> lines, int max)
    {
        var at = random.Next(lines.Count);
        return (at, random.Next(1, Math.Min(max, lines.Count - at) + 1));
    }

    /// <summary>
    /// A line of 100,000 to 2,000,000 characters, most of them short (the length is log-uniform): one long
    /// cell, many cells, or many indicator items.
    /// </summary>
    private static string HugeLine(Random random)
    {
        string[] units = ["数量指标≥95%", "\t", "<p>1. 新增就业岗位 ≥740个</p>", "万", "\t产出指标\t数量指标\t新增\t≥1万人"];
        var unit = units[random.Next(units.Length)];
        var length = 100_000 * Math.Pow(20, random.NextDouble());
        return new StringBuilder().Insert(0, unit, (int)length / unit.Length).ToString();
    }
}
