using System.Text.Json;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>A problem in a rule set file: a code for machines, a message in Chinese for people.</summary>
public sealed record RuleSetError(string Code, string Message)
{
    public override string ToString() => $"{Message} [{Code}]";
}

public sealed record RuleSetParse(RuleSet? RuleSet, IReadOnlyList<RuleSetError> Errors);

/// <summary>
/// Reads a rule set:
/// <code>
/// { "name": "某省规则集", "framework": "auto" | "88号" | "101号",
///   "rules": { "VAL-SATISFACTION-FLOOR": { "enabled": true, "severity": "warning", "parameters": { "floor": 85 } } } }
/// </code>
/// Every mistake is reported (unknown rule id, bad severity, unknown threshold); nothing is guessed.
/// </summary>
public static class RuleSetJson
{
    public static RuleSetParse Parse(string json, IReadOnlyList<Rule> catalogue)
    {
        var errors = new List<RuleSetError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return new RuleSetParse(null, [new RuleSetError("RULESET-JSON", $"规则集不是有效的 JSON：第 {e.LineNumber + 1} 行附近")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new RuleSetParse(null, [new RuleSetError("RULESET-JSON", "规则集应为 JSON 对象")]);
            }

            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "自定义规则集";
            var framework = ReadFramework(root, errors);
            var byId = catalogue.ToDictionary(r => r.Info.Id, r => r.Info, StringComparer.Ordinal);
            var rules = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);
            if (root.TryGetProperty("rules", out var list))
            {
                if (list.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new RuleSetError("RULESET-JSON", "\"rules\" 应为以规则编号为键的对象"));
                }
                else
                {
                    foreach (var entry in list.EnumerateObject())
                    {
                        if (!byId.TryGetValue(entry.Name, out var info))
                        {
                            errors.Add(new RuleSetError("RULESET-UNKNOWN-RULE", $"未知的规则编号：{entry.Name}"));
                            continue;
                        }

                        if (ReadRule(info, entry.Value, errors) is { } settings)
                        {
                            rules[info.Id] = settings;
                        }
                    }
                }
            }

            return errors.Count > 0 ? new RuleSetParse(null, errors) : new RuleSetParse(new RuleSet(name, framework, rules), errors);
        }
    }

    private static FrameworkVersion? ReadFramework(JsonElement root, List<RuleSetError> errors)
    {
        if (!root.TryGetProperty("framework", out var f) || f.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (f.ValueKind == JsonValueKind.String ? f.GetString() : null)
        {
            case "auto":
                return null;
            case "88号" or "88":
                return FrameworkVersion.V88;
            case "101号" or "101":
                return FrameworkVersion.V101;
            default:
                errors.Add(new RuleSetError("RULESET-FRAMEWORK", "\"framework\" 应为 \"auto\"、\"88号\" 或 \"101号\""));
                return null;
        }
    }

    private static RuleSettings? ReadRule(RuleInfo info, JsonElement value, List<RuleSetError> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RuleSetError("RULESET-JSON", $"规则 {info.Id} 的设置应为对象"));
            return null;
        }

        var enabled = true;
        if (value.TryGetProperty("enabled", out var e))
        {
            if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                errors.Add(new RuleSetError("RULESET-JSON", $"规则 {info.Id} 的 enabled 应为 true 或 false"));
            }
            else
            {
                enabled = e.GetBoolean();
            }
        }

        var severity = info.Severity;
        if (value.TryGetProperty("severity", out var s) && !SeverityText.TryParse(s.ValueKind == JsonValueKind.String ? s.GetString() : null, out severity))
        {
            errors.Add(new RuleSetError("RULESET-SEVERITY", $"规则 {info.Id} 的 severity 应为 error、warning 或 info"));
        }

        var parameters = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (value.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            foreach (var parameter in p.EnumerateObject())
            {
                if (!info.Parameters.Any(x => string.Equals(x.Name, parameter.Name, StringComparison.Ordinal)))
                {
                    errors.Add(new RuleSetError("RULESET-UNKNOWN-PARAMETER", $"规则 {info.Id} 没有阈值 {parameter.Name}"));
                }
                else if (parameter.Value.ValueKind != JsonValueKind.Number)
                {
                    errors.Add(new RuleSetError("RULESET-PARAMETER", $"规则 {info.Id} 的阈值 {parameter.Name} 应为数字"));
                }
                else
                {
                    parameters[parameter.Name] = parameter.Value.GetDecimal();
                }
            }
        }

        return new RuleSettings(enabled, severity, parameters);
    }
}
