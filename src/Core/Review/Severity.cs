namespace Jixiao.Core.Review;

/// <summary>How much a finding matters: an error blocks approval, a warning is for the reviewer.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

public static class SeverityText
{
    /// <summary>The contract name: "error" | "warning" | "info".</summary>
    public static string Code(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The Chinese name shown to users.</summary>
    public static string Chinese(this Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error" or "错误":
                severity = Severity.Error;
                return true;
            case "warning" or "警告":
                severity = Severity.Warning;
                return true;
            case "info" or "提示":
                severity = Severity.Info;
                return true;
            default:
                severity = Severity.Info;
                return false;
        }
    }
}
