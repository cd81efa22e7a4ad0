using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Document;

/// <summary>
/// Part of DOC-ROWS-COPIED: a project's satisfaction survey asks a group (参训学员, 创业者) that nothing of
/// its own sheet names — not its name, purpose, goals or other indicators — but another project of the
/// document does: the row was copied from that project.
/// </summary>
internal static class ForeignSatisfaction
{
    /// <summary>Words of satisfaction names that say nothing about who is asked.</summary>
    private static readonly string[] Generic =
    [
        "满意度", "满意率", "满意", "服务对象", "社会公众", "受益群众", "人民群众", "群众", "受益", "对象", "抽样", "调查", "问卷",
        "（%）", "(%)", "%", "或", "及", "和", "的", "对", "人员",
    ];

    /// <summary>How the name of a group of people or organisations ends: only such words name whom a survey asks.</summary>
    private static readonly string[] People =
    [
        "学员", "学生", "家长", "企业", "单位", "职工", "毕业生", "创业者", "农民工", "劳动者", "参保人", "居民", "家庭", "求职者",
        "村民", "老人", "儿童", "个体户", "商户", "干部", "教师", "员工", "工人", "代办员", "联络员", "师傅", "困难户", "残疾人",
    ];

    /// <summary>
    /// The last characters of the <see cref="People"/> words, for one vectorised search: a group ends with one of those
    /// words, so a name without any of these characters asks no group, told without the lookup of its groups (most
    /// satisfaction names: 服务对象满意度, 社会公众满意度).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> PeopleEnds = System.Buffers.SearchValues.Create([.. People.Select(p => p[^1]).Distinct()]);

    /// <summary>满意 in a row's name: a satisfaction row (asked once per distinct name).</summary>
    public static readonly NameWords Satisfaction = new("满意");

    /// <summary>The group a satisfaction row asks, each word of it (学生、家长 → 学生, 家长); empty when only generic words.</summary>
    public static string[] Groups(string name)
    {
        if (!name.AsSpan().ContainsAny(PeopleEnds))
        {
            return []; // a group's word is part of the name and ends with a word of People
        }

        // Forms repeat the same few satisfaction names: each is split once (bounded, like CategoryCache).
        if (GroupsOf.TryGetValue(name, out var groups))
        {
            return groups;
        }

        groups = Split(name);
        if (GroupsOf.Count < 4096)
        {
            GroupsOf.TryAdd(name, groups);
        }

        return groups;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> GroupsOf = new(StringComparer.Ordinal);

    private static string[] Split(string name)
    {
        var rest = name;
        foreach (var word in Generic)
        {
            rest = rest.Replace(word, "、", StringComparison.Ordinal);
        }

        return [.. rest.Split(['、', '，', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(w => w.Length >= 2 && People.Any(p => w.EndsWith(p, StringComparison.Ordinal)))];
    }

    /// <summary>
    /// The first of a satisfaction row's <see cref="Groups"/> that its own project (<paramref name="own"/>) never
    /// names and another project does, with that project.
    /// </summary>
    public static (string Group, TargetSheet Other)? Find(string[] groups, int own, Mentioned mentioned)
    {
        var projects = mentioned.Projects;
        var sheet = projects[own].Sheet;
        foreach (var group in groups)
        {
            if (mentioned.ByNone(group) || mentioned.ByOwn(own, group))
            {
                continue;
            }

            for (var i = 0; i < projects.Count; i++)
            {
                if (!ReferenceEquals(projects[i].Sheet, sheet) && mentioned.By(i, group))
                {
                    return (group, projects[i].Sheet);
                }
            }

            mentioned.NoneBy(group); // neither its own project nor any other names it: so for every row that asks it
        }

        return null;
    }

    /// <summary>
    /// Which of a document's projects mention a group word in everything they say about themselves except their
    /// satisfaction rows: name, purpose, title, goals, plans, the other indicators' names and descriptions. A
    /// project first asked is searched text by text; asked again, its texts are joined with “|” once into a per-thread
    /// buffer, and a word is then one search of that text (a word without “|” is in the joined text exactly when it
    /// is in one of the texts).
    /// </summary>
    internal sealed class Mentioned
    {
        [ThreadStatic]
        private static char[]? buffer;

        /// <summary>Characters of joined text a thread keeps for its next document.</summary>
        private const int KeepChars = 1 << 20;

        private readonly IReadOnlyList<SheetContext> projects;

        // Where each project's joined text is in the buffer; Start NotAsked, then AskedOnce, until joined.
        private readonly (int Start, int Length)[] texts;

        private const int NotAsked = -1;
        private const int AskedOnce = -2;
        private int used;

        /// <summary>Starts over the thread's buffer: one document at a time per thread.</summary>
        public Mentioned(IReadOnlyList<SheetContext> projects)
        {
            this.projects = projects;
            texts = new (int, int)[projects.Count];
            texts.AsSpan().Fill((NotAsked, 0));
        }

        public IReadOnlyList<SheetContext> Projects => projects;

        // The groups no project of the document names (about one asked in twelve), the first few of them held in
        // the instance (no list per document): the satisfaction rows of a document's projects ask the same few
        // groups, and each would search every project again. One not held is only searched again.
        private NoneGroups namedByNone;
        private int noneCount;

        [System.Runtime.CompilerServices.InlineArray(4)]
        private struct NoneGroups
        {
            private string? group;
        }

        /// <summary>Whether the group is known to be named by no project of the document.</summary>
        public bool ByNone(string group)
        {
            for (var i = 0; i < noneCount; i++)
            {
                if (string.Equals(namedByNone[i], group, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Records that no project of the document names the group (while there is room).</summary>
        public void NoneBy(string group)
        {
            if (noneCount < 4)
            {
                namedByNone[noneCount++] = group;
            }
        }

        /// <summary>Lets the thread's buffer go when a huge document grew it past <see cref="KeepChars"/>.</summary>
        public static void Trim()
        {
            if (buffer is { Length: > KeepChars })
            {
                buffer = null;
            }
        }

        /// <summary>Whether project <paramref name="project"/> (its place in <see cref="Projects"/>) mentions the group word.</summary>
        public bool By(int project, string group)
        {
            if (texts[project].Start < 0)
            {
                // The first ask of another project is answered text by text, as ByOwn is, and only a second joins it:
                // most projects are asked once or twice (a document's few satisfaction groups), and a join copies every
                // text to search it once.
                if (texts[project].Start == NotAsked && !group.Contains('|', StringComparison.Ordinal))
                {
                    texts[project].Start = AskedOnce;
                    return AnyText(projects[project], group, static (g, text) => Holds(text, g));
                }

                texts[project] = Join(projects[project]);
            }

            var (start, length) = texts[project];
            return buffer.AsSpan(start, length).IndexOf(group, StringComparison.Ordinal) >= 0;
        }

        /// <summary>
        /// <see cref="By"/> for the project of the row asking: its texts searched one by one until one holds the word,
        /// unless joined already. A project mostly names its own group early (its name, goals), and others are
        /// rarely asked, so most projects are never joined. A word with “|” is searched joined, as it always was.
        /// </summary>
        public bool ByOwn(int project, string group)
        {
            if (texts[project].Start >= 0 || group.Contains('|', StringComparison.Ordinal))
            {
                return By(project, group);
            }

            return AnyText(projects[project], group, static (g, text) => Holds(text, g));
        }

        private static bool Holds(string? text, string group) => text is not null && text.Contains(group, StringComparison.Ordinal);

        private (int Start, int Length) Join(SheetContext project)
        {
            var start = used;
            AnyText(project, (Self: this, Start: start), static (at, text) =>
            {
                at.Self.Append(text, at.Start);
                return false;
            });
            return (start, used - start);
        }

        /// <summary>
        /// Whether <paramref name="stop"/> holds for one of the texts of a project that may name a group, in order: its
        /// name, purpose, title, goals, plans, then the names and explanations of its rows that are no satisfaction rows.
        /// </summary>
        private static bool AnyText<T>(SheetContext project, T state, Func<T, string?, bool> stop)
        {
            var sheet = project.Sheet;
            if (stop(state, sheet.ProjectName) || stop(state, sheet.Purpose) || stop(state, sheet.Title))
            {
                return true;
            }

            for (var i = 0; i < sheet.Goals.Count; i++)
            {
                if (stop(state, sheet.Goals[i].Text))
                {
                    return true;
                }
            }

            for (var i = 0; i < sheet.Plans.Count; i++)
            {
                if (stop(state, sheet.Plans[i].Text))
                {
                    return true;
                }
            }

            foreach (var facts in project.Rows)
            {
                if (!facts.NameHas(Satisfaction) && (stop(state, facts.Indicator.Name) || stop(state, facts.Indicator.Description)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Appends a text of the project being joined from <paramref name="start"/>, after a “|” unless it is the first.</summary>
        private void Append(string? text, int start)
        {
            if (text is null)
            {
                return;
            }

            var needed = used + text.Length + 1;
            if (buffer is null || buffer.Length < needed)
            {
                Array.Resize(ref buffer, Math.Max(needed, Math.Max(4096, (buffer?.Length ?? 0) * 2)));
            }

            if (used > start)
            {
                buffer[used++] = '|';
            }

            text.CopyTo(buffer.AsSpan(used));
            used += text.Length;
        }
    }
}
