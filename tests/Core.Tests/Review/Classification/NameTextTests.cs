using Jixiao.Core.Review.Classification;
using Jixiao.Core.Review.Rules.Goals;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review.Classification;

/// <summary>
/// What the review remembers per distinct name or per sheet to answer the rules faster must answer exactly as
/// searching the text each time would: a remembered answer, a second asking, many threads asking at once.
/// </summary>
public class NameTextTests
{
    private static readonly NameWords Counting = new("人数", "次数", "数量");

    public static TheoryData<string, bool> Names => new()
    {
        { "培训人数", true },
        { "开展宣传次数（次）", true },
        { "资金拨付及时率", false },
        { "", false },
        { "数", false },
        { "数量", true },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Has_AnswersAsTheSearch_FirstAndSecondTime(string name, bool expected)
    {
        var text = NameText.Of(name);

        Assert.Equal(expected, Counting.In(name));
        Assert.Equal(expected, text.Has(Counting));
        Assert.Equal(expected, text.Has(Counting));
        Assert.Equal(expected, NameText.Of(name).Has(Counting));
    }

    [Fact]
    public void Has_ManyThreadsAskingAtOnce_AllGetTheSearchsAnswer()
    {
        var lists = Enumerable.Range(0, 8).Select(i => new NameWords("人数", "率" + i, "次数" + i)).ToArray();
        var names = Enumerable.Range(0, 200).Select(i => i % 3 == 0 ? $"第{i}批培训人数" : i % 3 == 1 ? $"合格率{i % 8}" : $"次数{i % 8}项目").ToArray();

        var wrong = 0;
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var name = names[i % names.Length];
            var words = lists[i % lists.Length];
            if (NameText.Of(name).Has(words) != words.In(name))
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
    }

    [Fact]
    public void GoalWords_HoldEveryWordOfTheGoalsAndNoOtherPair()
    {
        var goals = new List<Goal>
        {
            new(GoalTerm.Annual, "1.完成全县职业技能培训2000人次，培训合格率达到90%以上。", default),
            new(GoalTerm.Annual, "2.提升劳动者就业创业能力，促进农村劳动力转移就业。", default),
        };
        var words = new GoalWords(goals);

        var held = new HashSet<int>();
        foreach (var text in goals.Select(g => g.Text))
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                var pair = GoalText.Pair(text[i], text[i + 1]);
                Assert.Equal(GoalText.IsWord(text[i], text[i + 1]), words.Contains(text[i], text[i + 1]));
                if (GoalText.IsWord(text[i], text[i + 1]))
                {
                    held.Add(pair);
                }
            }
        }

        Assert.Equal(held.Count, words.Count());
        Assert.True(words.HoldsAtLeast(held.Count));
        Assert.False(words.HoldsAtLeast(held.Count + 1));
        Assert.False(words.Contains('就', '业'), "a common pair is no word");
        const string Absent = "水利工程建设验收";
        for (var i = 0; i + 1 < Absent.Length; i++)
        {
            Assert.False(words.Contains(Absent[i], Absent[i + 1]), Absent.Substring(i, 2));
        }
    }
}
