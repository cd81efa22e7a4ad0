using System.Globalization;
using Jixiao.Web.Sheets;

namespace Jixiao.Web.Components.Sheets;

/// <summary>Stable ids and labels of the editor's inputs, so errors, links and browser tests find them.</summary>
public static class EditFields
{
    /// <summary>The id of the input for an error key: <c>indicators[3].value</c> → <c>edit-indicators-3-value</c>.</summary>
    public static string Id(string key) =>
        "edit-" + (key.Length == 0 ? "sheet" : key.Replace("[", "-", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', '-'));

    public static string RowId(int row, string field) => Id(SheetEditor.RowKey(row, field));

    /// <summary>The id of a table row (1-based, like the form's numbering).</summary>
    public static string RowAnchor(int row) => "edit-row-" + Number(row);

    /// <summary>An input's accessible label: <c>指标值 第4行</c>.</summary>
    public static string Label(string what, int row) => what + " 第" + Number(row) + "行";

    public static string Number(int row) => (row + 1).ToString(CultureInfo.InvariantCulture);
}
