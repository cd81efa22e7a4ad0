using System.Collections.Frozen;
using System.Text;

namespace Jixiao.Core.Framework;

/// <summary>
/// Traditional characters of the forms' vocabulary folded to simplified ones, so a table copied
/// through a traditional-character page (mirrors, 港澳台 readers) is recognised by meaning. Only
/// for recognising labels and categories: what the form wrote is kept as written.
/// </summary>
public static class Traditional
{
    private const string Pairs =
        "標标級级產产數数質质時时滿满務务經经濟济會会態态續续響响計计單单類类釋释評评準准備备註注屬属項项稱称門门職职責责總总績绩預预資资額额財财撥拨審审報报實实設设對对應应與与現现據据說说範范圍围內内運运轉转費费發发護护環环區区縣县鎮镇鄉乡業业間间萬万億亿專专體体編编碼码營营養养維维術术狀状況况檢检驗验量量達达標标齊齐規规劃划導导諮咨詢询網网絡络義义為为關关歲岁證证認认鑒鉴價价値值";

    private static readonly FrozenDictionary<char, char> Map = Build();

    private static FrozenDictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            map.TryAdd(Pairs[i], Pairs[i + 1]);
        }

        return map.ToFrozenDictionary();
    }

    public static string ToSimplified(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (Map.TryGetValue(text[i], out var simple))
            {
                sb ??= new StringBuilder(text);
                sb[i] = simple;
            }
        }

        return sb?.ToString() ?? text;
    }
}
