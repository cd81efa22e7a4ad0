using System.Globalization;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Web.Components.Sheets;

/// <summary>How values are shown: zh-CN, amounts in 万元 with two decimals and thousands separators.</summary>
public static class Display
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Wan(decimal? amount) => amount is { } a ? a.ToString("#,##0.00", Chinese) + "万元" : "—";

    public static string Money(Money? money) => money is { } m
        ? m.Unit == MoneyUnit.Wan ? Wan(m.Amount) : m.Amount.ToString("#,##0.00", Chinese) + "元"
        : "—";

    public static string Kind(SheetKind kind) => kind == SheetKind.Department ? "部门整体" : "项目";

    public static string Sign(TargetValue value) => value.Sign == Core.Targets.Sign.None ? "" : TargetValueParser.SignSymbol(value.Sign);

    /// <summary>The number as written, without a trailing ".0".</summary>
    public static string Number(TargetValue value) => value.Number is { } n ? n.ToString("0.####", CultureInfo.InvariantCulture) : "";

    public static string SeverityClass(Severity severity) => "sev-" + severity.Code();

    public static string Framework(FrameworkVersion version) => version == FrameworkVersion.V101 ? "财预〔2021〕101号" : "财预〔2015〕88号";

    public static string Term(GoalTerm term) => term switch
    {
        GoalTerm.Annual => "年度目标",
        GoalTerm.ImplementationPeriod => "实施周期目标",
        GoalTerm.Detailed => "明细目标",
        _ => "总体目标",
    };
}
