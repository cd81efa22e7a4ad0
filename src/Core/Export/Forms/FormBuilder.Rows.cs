namespace Jixiao.Core.Export.Forms;

/// <summary>The row shapes of a form's header: a field, two fields on a row, a list under one merged label.</summary>
public sealed partial class FormBuilder
{
    /// <summary>Four cells from column 1, the last taking the rest of the row.</summary>
    private void Spread(FormCell?[] row, string[] cells, FormCellKind kind)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            row[i + 1] = new FormCell(cells[i], kind, i == cells.Length - 1 ? width - 1 - i : 1);
        }
    }

    private FormCell?[] Row()
    {
        var row = new FormCell?[width];
        rows.Add(row);
        return row;
    }

    private void Field(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            var row = Row();
            row[0] = new FormCell(label, FormCellKind.Label);
            row[1] = new FormCell(value, FormCellKind.Value, width - 1);
        }
    }

    /// <summary>Two fields on one row: label | value | label | value, the second value taking the rest.</summary>
    private void Pair(string label, string? value, string? label2, string? value2, FormCellKind kind = FormCellKind.Value)
    {
        if (string.IsNullOrWhiteSpace(value2) || label2 is null)
        {
            Field(label, value);
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Field(label2, value2);
            return;
        }

        var middle = width / 2;
        var row = Row();
        row[0] = new FormCell(label, FormCellKind.Label);
        row[1] = new FormCell(value, kind, middle - 1);
        row[middle] = new FormCell(label2, FormCellKind.Label);
        row[middle + 1] = new FormCell(value2, kind, width - middle - 1);
    }

    /// <summary>A list field: one row per item, the label merged down beside them.</summary>
    private void List(string label, IEnumerable<string> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var row = Row();
            if (i == 0)
            {
                row[0] = new FormCell(label, FormCellKind.Label, RowSpan: list.Count);
            }

            row[1] = new FormCell(list[i], FormCellKind.Value, width - 1);
        }
    }
}
