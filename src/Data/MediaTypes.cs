namespace Jixiao.Data;

/// <summary>Media types of the files Jixiao reads, by extension.</summary>
public static class MediaTypes
{
    public static string FromFileName(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".HTML" or ".HTM" => "text/html",
        ".TXT" or ".TSV" or ".CSV" => "text/plain",
        _ => "application/octet-stream",
    };
}
