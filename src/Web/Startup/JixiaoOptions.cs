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

    /// <summary>Whether the samples are loaded as the published sheets they are (default) or as drafts (for tests that edit them).</summary>
    public bool PublishSamples { get; set; } = true;
    /// <summary>
    /// A folder of regional rule sets (*.json, as <c>jixiao review --rules</c> reads them) a reviewer
    /// may choose on a sheet's page; empty: only the shipped default.
    /// </summary>
    public string RuleSetsFolder { get; set; } = "";

    /// <summary>
    /// When a region's rule set changes, how many of its sheets the request itself reviews again (docs/decisions/020);
    /// the rest are reviewed in the background (<see cref="RegionRereviews"/>), and the region lists them as pending.
    /// </summary>
    public int RereviewInRequest { get; set; } = 500;

    /// <summary>The largest file the web accepts for import (default 10 MB); requests may be a little larger for the form's other fields.</summary>
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// The estimated memory all import previews may hold at once (default 768 MB): the uploaded bytes and
    /// everything read from them (docs/decisions/005). A full budget refuses new uploads with 503.
    /// </summary>
    public long MaxPreviewBytes { get; set; } = 768L * 1024 * 1024;

    /// <summary>The estimated memory one user's (or, without sign-in, one address's) previews may hold (default 256 MB).</summary>
    public long MaxPreviewBytesPerUser { get; set; } = 256L * 1024 * 1024;

    /// <summary>The largest edit body (PUT /api/sheets/{id}) read (default 4 MB); larger ones get 413.</summary>
    public long MaxEditBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>The longest request target (path and query) answered (default 8 KB); longer ones get 414 with a Chinese message.</summary>
    public int MaxUrlLength { get; set; } = 8 * 1024;

    /// <summary>
    /// The password of the users made on a first start (admin and the demo users); empty: each gets a
    /// generated one, printed once in the log. For tests and demos only.
    /// </summary>
    public string InitialPassword { get; set; } = "";

    /// <summary>
    /// The folder of the region exports' zips (docs/decisions/018); empty: a folder of this app's own under the
    /// system's temporary folder. The zips an earlier run left there are removed when the app starts.
    /// </summary>
    public string ExportFolder { get; set; } = "";

    /// <summary>How many unfinished region exports (queued or being made) one person may have (default 3); more get 429.</summary>
    public int MaxExportsPerUser { get; set; } = 3;

    /// <summary>How many unfinished region exports all people together may have (default 20); more get 429.</summary>
    public int MaxExportQueue { get; set; } = 20;

    /// <summary>The request size Kestrel and the form reader allow: the file plus room for the other form fields.</summary>
    public static long RequestLimit(long maxUploadBytes) => maxUploadBytes + (64 * 1024);
}
