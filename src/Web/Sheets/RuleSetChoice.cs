using Jixiao.Core.Review;
using Jixiao.Data;
using Jixiao.Web.Startup;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Sheets;

/// <summary>
/// The rule sets a reviewer may review a sheet with: the shipped default and each valid *.json of
/// <see cref="JixiaoOptions.RuleSetsFolder"/> (a region's set), read once at start. A file that does not
/// parse is left out and logged with its errors, so a bad file never breaks the sheet pages.
/// </summary>
public sealed class RuleSetChoice
{
    private readonly Dictionary<string, RuleEngine> engines = new(StringComparer.Ordinal);

    public RuleSetChoice(IOptions<JixiaoOptions> options, ILogger<RuleSetChoice> log)
    {
        engines[RuleSet.Default.Name] = RuleEngine.Default;
        Names = [RuleSet.Default.Name];
        var folder = options.Value.RuleSetsFolder;
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var parsed = RuleSetJson.Parse(File.ReadAllText(file), RuleCatalogue.All);
            if (parsed.RuleSet is not { } ruleSet)
            {
                log.LogWarning("规则集 {File} 有误，未载入：{Errors}", Path.GetFileName(file), string.Join("；", parsed.Errors.Select(e => e.Message)));
                continue;
            }

            if (engines.TryAdd(ruleSet.Name, new RuleEngine(RuleCatalogue.All, ruleSet)))
            {
                Names = [.. Names, ruleSet.Name];
            }
        }
    }

    /// <summary>The names to choose from, the default first.</summary>
    public IReadOnlyList<string> Names { get; private set; }

    /// <summary>The engine of the named rule set; the default for no name or an unknown one.</summary>
    public RuleEngine Engine(string? name) =>
        name is not null && engines.TryGetValue(name, out var engine) ? engine : RuleEngine.Default;

    /// <summary>The name actually used for <paramref name="name"/>.</summary>
    public string Resolve(string? name) => name is not null && engines.ContainsKey(name) ? name : RuleSet.Default.Name;

    /// <summary>What stored findings of the set used for <paramref name="name"/> record (<see cref="RuleSet.Stamp"/>): a file changed under the same name is another set.</summary>
    public string StampOf(string? name) => Engine(name).RuleSet.Stamp;

    /// <summary>
    /// The rule set a sheet is reviewed with when nobody picks another (docs/decisions/016): its region's, else
    /// the default. A region's set whose file is no longer loaded falls back to the default (and says so).
    /// </summary>
    public async Task<RegionRules> ForSheetAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default) =>
        For(await RegionSettings.ForSheetAsync(db, sheetId, ct));

    /// <summary>The rule set the sheets of the region with <paramref name="regionCode"/> are reviewed with (as <see cref="ForSheetAsync"/>); the default for none or an unknown region.</summary>
    public async Task<RegionRules> ForRegionAsync(JixiaoDbContext db, string? regionCode, CancellationToken ct = default) =>
        For(string.IsNullOrWhiteSpace(regionCode) ? null : await RegionSettings.ForCodeAsync(db, regionCode.Trim(), ct));

    private RegionRules For(RegionSetting? region)
    {
        var name = Resolve(region?.RuleSet);
        return new RegionRules(name, Engine(name), region, region?.RuleSet is { } set && set != name ? set : null);
    }
}

/// <summary>The rule set that applies to a sheet: its name and engine, the sheet's region, and the region's set when it could not be loaded.</summary>
public sealed record RegionRules(string Name, RuleEngine Engine, RegionSetting? Region, string? Missing);
