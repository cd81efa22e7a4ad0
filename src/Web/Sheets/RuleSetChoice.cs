using System.Text.Json.Serialization;
using Jixiao.Core.Review;
using Jixiao.Data;
using Jixiao.Web.Startup;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Sheets;

/// <summary>
/// The rule sets a reviewer may review a sheet with: the shipped default and each valid *.json of
/// <see cref="JixiaoOptions.RuleSetsFolder"/> (a region's set), read at start and again when an administrator
/// reloads the folder (<see cref="Reload"/>). A file that does not parse is left out and logged with its errors, so a
/// bad file never breaks the sheet pages; on a reload it keeps the set it held before, so a typo in a region's file
/// does not silently put the region back on the default rules.
/// </summary>
public sealed class RuleSetChoice
{
    private readonly string? folder;
    private readonly ILogger<RuleSetChoice> log;
    private readonly Lock reloading = new();

    // Replaced whole by a reload: a request reads one consistent set of engines.
    private volatile Loaded current;

    public RuleSetChoice(IOptions<JixiaoOptions> options, ILogger<RuleSetChoice> log)
    {
        folder = options.Value.RuleSetsFolder;
        this.log = log;
        current = Load(null).Sets;
    }

    /// <summary>
    /// Reads the rules folder again: new and changed files take effect at once (a changed set has a new
    /// <see cref="RuleSet.Stamp"/>, so its regions' sheets become pending and are reviewed again); a file that no longer
    /// parses keeps its previous set; a removed file's set is gone (its regions fall back to the default, and say so).
    /// </summary>
    public RuleSetReload Reload()
    {
        lock (reloading)
        {
            var before = current;
            var (sets, errors) = Load(before);
            current = sets;
            var changes = sets.Names.Skip(1).Select(name => new RuleSetChange(
                name,
                sets.Engines[name].RuleSet.Stamp,
                !before.Engines.TryGetValue(name, out var old) ? RuleSetChangeKind.Added
                    : errors.Any(e => e.KeptSet == name) ? RuleSetChangeKind.Kept
                    : old.RuleSet.Stamp != sets.Engines[name].RuleSet.Stamp ? RuleSetChangeKind.Changed
                    : RuleSetChangeKind.Unchanged))
                .Concat(before.Names.Skip(1).Where(name => !sets.Engines.ContainsKey(name)).Select(name => new RuleSetChange(name, before.Engines[name].RuleSet.Stamp, RuleSetChangeKind.Removed)))
                .ToList();
            return new RuleSetReload(changes, errors);
        }
    }

    /// <summary>The folder's sets; a file that does not parse keeps the set it held in <paramref name="before"/>, if any.</summary>
    private (Loaded Sets, List<RuleSetFileError> Errors) Load(Loaded? before)
    {
        var engines = new Dictionary<string, RuleEngine>(StringComparer.Ordinal) { [RuleSet.Default.Name] = RuleEngine.Default };
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<string> { RuleSet.Default.Name };
        var errors = new List<RuleSetFileError>();
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            return (new Loaded(engines, names, files, errors), errors);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(file);
            RuleEngine? engine = null;
            string? problem;
            try
            {
                var parsed = RuleSetJson.Parse(File.ReadAllText(file), RuleCatalogue.All);
                problem = parsed.RuleSet is null ? string.Join("；", parsed.Errors.Select(e => e.Message)) : null;
                if (parsed.RuleSet is { } ruleSet)
                {
                    // An unchanged set keeps its engine: nothing of it is pending.
                    engine = before?.Engines.TryGetValue(ruleSet.Name, out var old) == true && old.RuleSet.Stamp == ruleSet.Stamp ? old : new RuleEngine(RuleCatalogue.All, ruleSet);
                }
            }
            catch (IOException e)
            {
                problem = "无法读取：" + e.Message;
            }
            catch (UnauthorizedAccessException e)
            {
                problem = "无权读取：" + e.Message;
            }

            if (engine is null)
            {
                // The set this file held before stays, unless an earlier file of the folder now holds its name.
                var kept = before?.Files.FirstOrDefault(f => f.Value == fileName).Key;
                if (kept is not null && engines.TryAdd(kept, before!.Engines[kept]))
                {
                    files[kept] = fileName;
                    names.Add(kept);
                }
                else
                {
                    kept = null;
                }

                log.LogWarning("规则集 {File} 有误，未载入：{Errors}", fileName, problem);
                errors.Add(new RuleSetFileError(fileName, problem ?? "无法读取", kept));
                continue;
            }

            if (engines.TryAdd(engine.RuleSet.Name, engine))
            {
                files[engine.RuleSet.Name] = fileName;
                names.Add(engine.RuleSet.Name);
            }
            else
            {
                errors.Add(new RuleSetFileError(fileName, $"规则集名称“{engine.RuleSet.Name}”与 {files.GetValueOrDefault(engine.RuleSet.Name, "默认规则集")} 重复，未载入", null));
            }
        }

        return (new Loaded(engines, names, files, errors), errors);
    }

    /// <summary>One load of the folder: each set's engine, the names in order (the default first), each set's file, and the files that could not be loaded.</summary>
    private sealed record Loaded(Dictionary<string, RuleEngine> Engines, IReadOnlyList<string> Names, Dictionary<string, string> Files, IReadOnlyList<RuleSetFileError> Errors);

    /// <summary>The files of the rules folder that the last load could not load, and why.</summary>
    public IReadOnlyList<RuleSetFileError> LoadErrors => current.Errors;

    /// <summary>The file the named set was read from; null for the shipped default or an unknown name.</summary>
    public string? FileOf(string name) => current.Files.GetValueOrDefault(name);

    /// <summary>The names to choose from, the default first.</summary>
    public IReadOnlyList<string> Names => current.Names;

    /// <summary>The engine of the named rule set; the default for no name or an unknown one.</summary>
    public RuleEngine Engine(string? name) =>
        name is not null && current.Engines.TryGetValue(name, out var engine) ? engine : RuleEngine.Default;

    /// <summary>The name actually used for <paramref name="name"/>.</summary>
    public string Resolve(string? name) => name is not null && current.Engines.ContainsKey(name) ? name : RuleSet.Default.Name;

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

/// <summary>What a reload of the rules folder did: each set's fate, and each file that could not be loaded.</summary>
public sealed record RuleSetReload(IReadOnlyList<RuleSetChange> Sets, IReadOnlyList<RuleSetFileError> Errors);

/// <summary>A rule set after a reload, with its stamp (<see cref="RuleSet.Stamp"/>) and what became of it.</summary>
public sealed record RuleSetChange(string Name, string Stamp, RuleSetChangeKind Change);

[JsonConverter(typeof(JsonStringEnumConverter<RuleSetChangeKind>))]
public enum RuleSetChangeKind
{
    /// <summary>The file is as before.</summary>
    [JsonStringEnumMemberName("unchanged")]
    Unchanged,

    /// <summary>A new file, or a new name.</summary>
    [JsonStringEnumMemberName("added")]
    Added,

    /// <summary>The file configures the set otherwise: its regions' sheets are reviewed again.</summary>
    [JsonStringEnumMemberName("changed")]
    Changed,

    /// <summary>The file no longer parses: the set loaded before stays in use.</summary>
    [JsonStringEnumMemberName("kept")]
    Kept,

    /// <summary>The file is gone: its regions fall back to the default.</summary>
    [JsonStringEnumMemberName("removed")]
    Removed,
}

/// <summary>A rules file that could not be loaded, why (in Chinese), and the set it held before that stays in use (if any).</summary>
public sealed record RuleSetFileError(string File, string Message, string? KeptSet);
