using Jixiao.Core.Targets;

namespace Jixiao.Web.Components.Sheets;

/// <summary>How a sheet is named in titles and headings.</summary>
public static class SheetNames
{
    public static string Of(TargetSheet sheet) => Of(sheet.Kind, sheet.ProjectName, sheet.Department);

    public static string Of(SheetKind kind, string? projectName, string? department) => kind == SheetKind.Project
        ? projectName ?? "（未命名项目）"
        : (department ?? "") + " 部门整体支出绩效目标";
}
