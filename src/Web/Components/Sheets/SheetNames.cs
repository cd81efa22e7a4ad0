using Jixiao.Core.Targets;

namespace Jixiao.Web.Components.Sheets;

/// <summary>How a sheet is named in titles and headings.</summary>
public static class SheetNames
{
    public static string Of(TargetSheet sheet) => sheet.Kind == SheetKind.Project
        ? sheet.ProjectName ?? "（未命名项目）"
        : (sheet.Department ?? "") + " 部门整体支出绩效目标";
}
