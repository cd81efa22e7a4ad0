namespace Jixiao.Data;

/// <summary>A script recorded in schema_migrations, with when it was applied (UTC, as the database wrote it).</summary>
public sealed record AppliedMigration(int Version, string Name, string Checksum, string AppliedAt);

/// <summary>
/// What a database has applied against what this build ships, read without changing anything
/// (`jixiao migrate --status`). <see cref="Error"/> is what <see cref="Migrator.MigrateAsync(JixiaoDbContext, CancellationToken)"/>
/// would refuse the database for.
/// </summary>
public sealed record MigrationStatus(IReadOnlyList<MigrationScript> Scripts, IReadOnlyList<AppliedMigration> Applied)
{
    public IReadOnlyList<MigrationScript> Pending => [.. Scripts.Where(s => Applied.All(a => a.Version != s.Version))];

    /// <summary>The highest version applied; 0 for a database never migrated.</summary>
    public int CurrentVersion => Applied.Count == 0 ? 0 : Applied.Max(a => a.Version);

    public DataError? Error => Migrator.Check(Scripts, Applied.ToDictionary(a => a.Version, a => a.Checksum));
}
