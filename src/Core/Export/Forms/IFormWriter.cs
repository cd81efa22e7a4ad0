namespace Jixiao.Core.Export.Forms;

/// <summary>Writes laid-out forms to one file format; several forms go into one file (a worksheet or a page each).</summary>
public interface IFormWriter
{
    /// <summary>The file extension without the dot: xlsx, docx, pdf, html.</summary>
    string Format { get; }

    string MediaType { get; }

    void Write(Stream output, IReadOnlyList<FormGrid> forms);
}
