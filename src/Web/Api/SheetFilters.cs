using System.Globalization;
using Jixiao.Core.Targets;
using Jixiao.Data;

namespace Jixiao.Web.Api;

/// <summary>What a search or filter text may be: no control characters, no broken characters, not too long.</summary>
public static class SearchText
{
    /// <summary>The longest search text (and department or region filter), in characters.</summary>
    public const int MaxLength = 100;

    public const string ControlCode = "SEARCH-CONTROL-CHAR";
    public const string TooLongCode = "SEARCH-TOO-LONG";

    /// <summary>Why <paramref name="text"/> cannot be searched for (a code and a Chinese message), or null; <paramref name="label"/> names it for people.</summary>
    public static (string Code, string Message)? Problem(string? text, string label = "检索词")
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                return (ControlCode, $"{label}含有控制字符或无效字符（如 NUL、换行、制表符），请删除后再查询");
            }
        }

        return text.Trim().Length > MaxLength
            ? (TooLongCode, string.Create(CultureInfo.InvariantCulture, $"{label}不能超过 {MaxLength} 个字（现为 {text.Trim().Length} 个），请缩短后再查询"))
            : null;
    }

    /// <summary>The text as searched: trimmed and in Unicode normal form C, or null when blank.</summary>
    public static string? Normalise(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize();
}

/// <summary>
/// The filters the /sheets page offers, read from a query string the same way for the list API and
/// the download: every problem a Chinese message on its field, with one code for the whole answer;
/// a parameter neither knows is refused rather than silently ignored.
/// </summary>
public sealed class SheetFilters
{
    public const string InvalidCode = "QUERY-INVALID";
    public const string UnknownCode = "QUERY-UNKNOWN-PARAMETER";

    /// <summary>The page's filters and order; the list adds page, the download format.</summary>
    public static readonly string[] Names = ["q", "year", "kind", "region", "department", "severity", "sort", "desc"];

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The code of the first problem found (<see cref="InvalidCode"/> when it has none of its own).</summary>
    public string? Code { get; private set; }

    public static SheetFilters Read(IQueryCollection query, out SheetQuery read, params string[] extra)
    {
        var filters = new SheetFilters();
        foreach (var key in query.Keys.Where(k => !Names.Contains(k, StringComparer.OrdinalIgnoreCase) && !extra.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            filters.Add(key, UnknownCode, $"不支持的查询参数“{Shorten(key)}”：可用的参数为 {string.Join("、", [.. Names, .. extra])}");
        }

        string? Value(string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;
        read = new SheetQuery
        {
            Text = filters.Text(Value("q"), "q", "检索词"),
            FiscalYear = filters.Year(Value("year")),
            Kind = filters.Kind(Value("kind")),
            RegionCode = filters.Text(Value("region"), "region", "财政区划"),
            Department = filters.Text(Value("department"), "department", "部门"),
            Severity = filters.Severity(Value("severity")),
            Sort = filters.Sort(Value("sort")),
            Descending = filters.Descending(Value("desc")),
        };
        return filters;
    }

    public void Add(string field, string code, string message)
    {
        Errors.TryAdd(field, [message]);
        Code ??= code;
    }

    /// <summary>The extensions of a ValidationProblem: its code.</summary>
    public Dictionary<string, object?> Extensions() => new() { ["code"] = Code ?? InvalidCode };

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;

    private string? Text(string? text, string field, string label)
    {
        if (SearchText.Problem(text, label) is { } problem)
        {
            Add(field, problem.Code, problem.Message);
            return null;
        }

        return SearchText.Normalise(text);
    }

    private int? Year(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        Add("year", InvalidCode, "年度应为四位数字年份");
        return null;
    }

    private SheetKind? Kind(string? kind)
    {
        switch (kind)
        {
            case null or "":
                return null;
            case "department":
                return SheetKind.Department;
            case "project":
                return SheetKind.Project;
            default:
                Add("kind", InvalidCode, "kind 应为 department（部门整体）或 project（项目）");
                return null;
        }
    }

    private string? Severity(string? severity)
    {
        if (severity is null or "")
        {
            return null;
        }

        if (severity is "error" or "warning" or "info")
        {
            return severity;
        }

        Add("severity", InvalidCode, "severity（审核意见）应为 error（有错误）、warning（有警告）或 info（有提示）");
        return null;
    }

    private SheetSort Sort(string? sort)
    {
        if (string.IsNullOrEmpty(sort))
        {
            return SheetSort.Id;
        }

        if (Enum.TryParse<SheetSort>(sort, ignoreCase: true, out var order) && Enum.IsDefined(order) && !sort.Any(char.IsDigit))
        {
            return order;
        }

        Add("sort", InvalidCode, "sort（排序）应为 id、fiscalYear、department、projectName、budgetWan 或 savedAt");
        return SheetSort.Id;
    }

    private bool Descending(string? desc)
    {
        switch (desc)
        {
            case null or "" or "false" or "0":
                return false;
            case "true" or "1":
                return true;
            default:
                Add("desc", InvalidCode, "desc（倒序）应为 true 或 false");
                return false;
        }
    }
}
