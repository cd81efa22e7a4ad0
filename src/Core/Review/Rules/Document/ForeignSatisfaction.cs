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

    /// <summary>The group a satisfaction row asks, each word of it (学生、家长 → 学生, 家长); empty when only generic words.</summary>
    public static string[] Groups(string name)
    {
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

    /// <summary>Everything a sheet says about itself except its satisfaction rows.</summary>
    public static string OwnText(TargetSheet sheet) => string.Join("|",
        new[] { sheet.ProjectName, sheet.Purpose, sheet.Title }
            .Concat(sheet.Goals.Select(g => g.Text))
            .Concat(sheet.Plans.Select(p => p.Text))
            .Concat(sheet.Indicators.Where(i => !i.Name.Contains("满意", StringComparison.Ordinal)).SelectMany(i => new[] { i.Name, i.Description }))
            .Where(t => t is not null));

    /// <summary>
    /// Whether <see cref="OwnText"/> of the sheet contains the group word, without joining it: each part
    /// is searched on its own (a word with the joiner “|” in it could span two parts, so it searches the joined text).
    /// </summary>
    public static bool Mentions(TargetSheet sheet, string group)
    {
        if (group.Contains('|', StringComparison.Ordinal))
        {
            return OwnText(sheet).Contains(group, StringComparison.Ordinal);
        }

        if (Has(sheet.ProjectName, group) || Has(sheet.Purpose, group) || Has(sheet.Title, group))
        {
            return true;
        }

        for (var i = 0; i < sheet.Goals.Count; i++) // by index: no enumerator per search
        {
            if (Has(sheet.Goals[i].Text, group))
            {
                return true;
            }
        }

        for (var i = 0; i < sheet.Plans.Count; i++) // by index: no enumerator per search
        {
            if (Has(sheet.Plans[i].Text, group))
            {
                return true;
            }
        }

        for (var i = 0; i < sheet.Indicators.Count; i++)
        {
            var row = sheet.Indicators[i];
            if ((Has(row.Name, group) || Has(row.Description, group)) && !row.Name.Contains("满意", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(string? text, string group) => text is not null && text.Contains(group, StringComparison.Ordinal);

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
            if (mentioned.By(own, group))
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
        }

        return null;
    }

    /// <summary>
    /// Which of a document's projects mention a group word (<see cref="Mentions"/>), each project searched once
    /// per word: satisfaction rows copied between projects ask about the same few groups again and again.
    /// </summary>
    internal sealed class Mentioned(IReadOnlyList<SheetContext> projects)
    {
        // Per word, per project: 0 not searched yet, 1 mentions it, 2 does not.
        private readonly Dictionary<string, byte[]> words = new(StringComparer.Ordinal);

        public IReadOnlyList<SheetContext> Projects => projects;

        /// <summary>Whether project <paramref name="project"/> (its place in <see cref="Projects"/>) mentions the group word.</summary>
        public bool By(int project, string group)
        {
            if (!words.TryGetValue(group, out var said))
            {
                words[group] = said = new byte[projects.Count];
            }

            if (said[project] == 0)
            {
                said[project] = Mentions(projects[project].Sheet, group) ? (byte)1 : (byte)2;
            }

            return said[project] == 1;
        }
    }
}
