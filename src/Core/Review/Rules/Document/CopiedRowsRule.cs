using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Document;

/// <summary>
/// DOC-ROWS-COPIED: two project sheets of a document (different projects) set the same quantity target
/// under the same name (创业担保贷款发放额 ≥1000万元 under both the 省级 and the 中央 fund): one output
/// claimed by two funds, or rows copied without being rewritten. Counts and amounts only — shared rates
/// (满意度 ≥90%) are common and say nothing. Reported once per pair of sheets, on the later one. Also a
/// satisfaction survey of another project's beneficiaries (<see cref="ForeignSatisfaction"/>).
/// </summary>
public sealed class CopiedRowsRule : DocumentRule
{
    public override RuleInfo Info { get; } = new(
        "DOC-ROWS-COPIED", "不同项目的指标完全相同", Severity.Warning, RuleFamily.Document,
        "两个项目（两笔资金）写了完全相同的数量或金额目标，同一产出被重复申报，或指标是照抄的，没有反映本项目资金的产出。");

    // Reused per thread (a document's rows can number thousands): the document's named projects, every
    // project's keyed rows one after another (project b's from keyStarts[b]), the map of keys to the projects
    // holding them, and an earlier project's keys when a later one is reported.
    [ThreadStatic]
    private static List<SheetContext>? projectsScratch;

    // Only the rows that have a key, each with its place in its table: about one row in six is a count or amount,
    // and a slot for every row (most of them empty) was written, read and cleared for nothing.
    [ThreadStatic]
    private static List<(RowKey Key, int Row)>? keysScratch;

    [ThreadStatic]
    private static List<int>? keyStartsScratch;

    [ThreadStatic]
    private static Dictionary<RowKey, (int First, int? Second)>? ownersScratch;

    [ThreadStatic]
    private static HashSet<RowKey>? theirsScratch;

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var projects = projectsScratch ??= [];
        projects.Clear();
        for (var i = 0; i < document.Sheets.Count; i++)
        {
            if (document.Sheets[i] is { Sheet: { Kind: SheetKind.Project, ProjectName: not null } } project)
            {
                projects.Add(project);
            }
        }

        if (projects.Count >= 2)
        {
            CheckCopies(projects, findings);
            CheckSatisfaction(projects, findings);
        }

        projects.Clear(); // no document kept alive by the thread

        // Nor the size of a huge one: scratch grown past a large document's is let go.
        if (keysScratch is { Capacity: > KeepRows })
        {
            (keysScratch, keyStartsScratch, ownersScratch, theirsScratch) = (null, null, null, null);
        }

        ForeignSatisfaction.Mentioned.Trim();
    }

    /// <summary>Rows whose scratch a thread keeps for its next document (far more than a county's document holds).</summary>
    private const int KeepRows = 1 << 16;

    private static void CheckCopies(List<SheetContext> projects, FindingSink findings)
    {
        // Linear in the rows: each key remembers the first projects (of two different names) that hold it, and
        // each project is reported once, against the earliest other project it shares rows with. Comparing every
        // pair of sheets would be quadratic, and a document of many copies would give a finding per pair.
        var owners = ownersScratch ??= [];
        owners.Clear();
        var keys = keysScratch ??= [];
        keys.Clear();
        var keyStarts = keyStartsScratch ??= [];
        keyStarts.Clear();
        for (var b = 0; b < projects.Count; b++)
        {
            keyStarts.Add(keys.Count);
            var rows = projects[b].Rows;

            // One probe per key, as it is made: the earlier holders are read before the key records this project,
            // which changes nothing this project's later keys read (a key it adds, or a second holder of another
            // name, is never the other holder Other finds for it).
            var earliest = int.MaxValue;
            for (var r = 0; r < rows.Length; r++)
            {
                if (Key(rows[r].Indicator) is not { } key)
                {
                    continue;
                }

                keys.Add((key, r));
                ref var held = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(owners, key, out var exists);
                if (!exists)
                {
                    held = (b, null);
                    continue;
                }

                if (Other(held, b, projects) is { } other && other < earliest)
                {
                    earliest = other;
                }

                if (held.Second is null && !SameName(projects, held.First, b))
                {
                    held = (held.First, b);
                }
            }

            if (earliest != int.MaxValue)
            {
                Report(projects, earliest, b, findings);
            }
        }

        owners.Clear();
        keys.Clear();
    }

    /// <summary>Reports project <paramref name="b"/>'s rows that project <paramref name="a"/> holds too, naming the first ten.</summary>
    private static void Report(List<SheetContext> projects, int a, int b, FindingSink findings)
    {
        var keys = keysScratch!;
        var theirs = theirsScratch ??= [];
        theirs.Clear();
        for (var i = keyStartsScratch![a]; i < keyStartsScratch[a + 1]; i++)
        {
            theirs.Add(keys[i].Key);
        }

        var later = projects[b];
        var rows = later.Rows;
        Indicator? first = null;
        var copied = 0;
        var earlier = projects[a].Sheet;
        // The message, the rows listed into it, in a buffer on the stack (rented only past it): only its string is allocated.
        var message = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0, System.Globalization.CultureInfo.InvariantCulture, stackalloc char[512]);
        message.AppendLiteral("与项目“");
        message.AppendFormatted(earlier.ProjectName);
        message.AppendLiteral("”的指标完全相同：");
        for (var i = keyStartsScratch[b]; i < keys.Count; i++)
        {
            if (!theirs.Contains(keys[i].Key))
            {
                continue;
            }

            var row = rows[keys[i].Row].Indicator;
            first ??= row;
            if (++copied <= 10)
            {
                message.AppendLiteral(copied > 1 ? "、“" : "“");
                message.AppendFormatted(row.Name);
                message.AppendLiteral("” ");
                message.AppendFormatted(row.Value.Raw);
            }
        }

        theirs.Clear();
        if (copied > 10)
        {
            message.AppendLiteral(" 等 ");
            message.AppendFormatted(copied);
            message.AppendLiteral(" 行");
        }

        findings.Report(later, first!,
            message.ToStringAndClear(),
            $"核对两个项目各自资金的产出，按本项目（{later.Sheet.ProjectName}）的资金和对象重新测算指标值；确属同一产出的，只在一个项目中考核",
            earlier.ProjectName);
    }

    private static void CheckSatisfaction(List<SheetContext> projects, FindingSink findings)
    {
        ForeignSatisfaction.Mentioned? mentioned = null; // only once a satisfaction row names a group
        for (var i = 0; i < projects.Count; i++)
        {
            var rows = projects[i].Rows;
            for (var r = 0; r < rows.Length; r++)
            {
                var row = rows[r].Indicator;
                if (rows[r].NameHas(ForeignSatisfaction.Satisfaction) && ForeignSatisfaction.Groups(row.Name) is { Length: > 0 } groups
                    && ForeignSatisfaction.Find(groups, i, mentioned ??= new(projects)) is { } found)
                {
                    findings.Report(projects[i], row,
                        $"满意度指标“{row.Name}”调查的“{found.Group}”不是本项目的对象（本表的名称、目标和其他指标都没有提到），而是项目“{found.Other.ProjectName}”的",
                        $"改为调查本项目（{projects[i].Sheet.ProjectName}）服务对象的满意度",
                        "满意度:" + found.Group);
                }
            }
        }
    }

    /// <summary>Whether two projects have one name key, compared from the names (no key built for a document that has no copies).</summary>
    private static bool SameName(List<SheetContext> projects, int a, int b) =>
        ProjectNames.SameKey(projects[a].Sheet.ProjectName!, projects[b].Sheet.ProjectName!);

    /// <summary>The earliest project holding a key that is not project <paramref name="b"/> under another name (the same project twice is DOC-PROJECT-DUPLICATE).</summary>
    private static int? Other((int First, int? Second) held, int b, List<SheetContext> projects) =>
        !SameName(projects, held.First, b) ? held.First
        : held.Second is { } second && !SameName(projects, second, b) ? second
        : null;

    /// <summary>
    /// The row's folded name, number and unit, for a positive count or amount that is not a ceiling
    /// (two projects may well both allow ≤2 complaints); null otherwise. Names compare without spaces and punctuation. 1000万元 and ≥1000万元 match;
    /// 1000 and 1000.0 do not (the number as written: its value and its decimal places).
    /// </summary>
    /// <remarks>
    /// Most rows fail on their unit (a rate, none) or their text: those tests come first, the number's sign (a decimal
    /// compared, not inlined) last, read from its bits.
    /// </remarks>
    private static RowKey? Key(Indicator row) =>
        row.Value is { IsQualitative: false, Unit: { Length: > 0 } unit, Number: { } number } value && unit != "%" && row.Name.Length >= 4
            && value.Sign is not (Sign.LessOrEqual or Sign.Less) && decimal.Sign(number) > 0
            ? new RowKey(row.Name, number, number.Scale, unit, Hash(row.Name, number, unit))
            : null;

    /// <summary>
    /// A row's key; names compare and hash without their spaces and punctuation, without building the folded
    /// text. The key's hash is computed once, when the key is made: a key is hashed at each probe of the map.
    /// </summary>
    private readonly record struct RowKey(string Name, decimal Number, byte Scale, string Unit, int Hash)
    {
        public bool Equals(RowKey other) =>
            Hash == other.Hash && Number == other.Number && Scale == other.Scale
            && string.Equals(Unit, other.Unit, StringComparison.Ordinal) && FoldedText.Equal(Name, other.Name);

        public override int GetHashCode() => Hash;
    }

    /// <summary>
    /// A key's hash: its folded name's, its number's bits (equal numbers of equal scale have equal bits, and
    /// reading them costs less than decimal's own hash) and its unit's first character and length (a few units
    /// are used: hashing the whole string tells them apart no better).
    /// </summary>
    private static int Hash(string name, decimal number, string unit)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);
        return HashCode.Combine(FoldedText.Hash(name), bits[0], bits[1], bits[2], bits[3], unit[0] | (unit.Length << 16));
    }
}
