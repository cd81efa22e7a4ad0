namespace Jixiao.Web.Startup;

/// <summary>
/// The app's own settings (section "Jixiao"): where data lives and whether sample data is loaded.
/// The database itself is set with ConnectionStrings:Jixiao and Database:Provider.
/// </summary>
public sealed class JixiaoOptions
{
    /// <summary>The folder for the SQLite database (default: "data" under the content root).</summary>
    public string DataFolder { get; set; } = "";

    /// <summary>Where the sample documents are (default: the nearest "shared/seeds" above the content root).</summary>
    public string SampleFolder { get; set; } = "";

    /// <summary>Whether an empty database gets the sample documents on start.</summary>
    public bool LoadSamples { get; set; } = true;

    /// <summary>The largest file the web accepts for import (default 10 MB); requests may be a little larger for the form's other fields.</summary>
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>How many bytes of uploaded files the import previews may hold in memory at once (default 256 MB).</summary>
    public long MaxPreviewBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The request size Kestrel and the form reader allow: the file plus room for the other form fields.</summary>
    public static long RequestLimit(long maxUploadBytes) => maxUploadBytes + (64 * 1024);
}
