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
}
