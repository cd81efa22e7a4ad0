using Jixiao.Core.Targets;
using Jixiao.Data.Configurations;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jixiao.Data;

/// <summary>
/// The database of Jixiao: regions, organisations, imported documents, the sheets read from them
/// and review findings. One context for both providers; the few differences are in
/// <see cref="OnModelCreating"/> and <see cref="ConfigureConventions"/>. Timestamps come from the
/// injected <see cref="Clock"/>.
/// </summary>
public sealed class JixiaoDbContext(DbContextOptions<JixiaoDbContext> options, TimeProvider clock) : DbContext(options)
{
    public TimeProvider Clock { get; } = clock;

    public DbSet<RegionEntity> Regions => Set<RegionEntity>();

    public DbSet<OrganisationEntity> Organisations => Set<OrganisationEntity>();

    public DbSet<SourceDocumentEntity> Documents => Set<SourceDocumentEntity>();

    public DbSet<SheetEntity> Sheets => Set<SheetEntity>();

    public DbSet<IndicatorEntity> Indicators => Set<IndicatorEntity>();

    public DbSet<UnplacedRowEntity> UnplacedRows => Set<UnplacedRowEntity>();

    public DbSet<ReviewFindingEntity> ReviewFindings => Set<ReviewFindingEntity>();

    public DbSet<DocumentFindingEntity> DocumentFindings => Set<DocumentFindingEntity>();

    public DbSet<SheetSnapshotEntity> SheetSnapshots => Set<SheetSnapshotEntity>();

    public DbSet<DataGenerationEntity> DataGeneration => Set<DataGenerationEntity>();

    public DbSet<UserEntity> Users => Set<UserEntity>();

    public DbSet<ApiTokenEntity> ApiTokens => Set<ApiTokenEntity>();

    public DbSet<SheetVersionEntity> SheetVersions => Set<SheetVersionEntity>();

    public DbSet<RowCommentEntity> RowComments => Set<RowCommentEntity>();

    public DbSet<FindingMarkEntity> FindingMarks => Set<FindingMarkEntity>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DatabaseProvider Provider => Database.ProviderName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.Postgres,
        _ => DatabaseProvider.Sqlite,
    };

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, stable while the names are.
        configurationBuilder.Properties<SheetKind>().HaveConversion<string>();
        configurationBuilder.Properties<FrameworkVersion>().HaveConversion<string>();
        configurationBuilder.Properties<MoneyUnit>().HaveConversion<string>();
        configurationBuilder.Properties<GoalTerm>().HaveConversion<string>();
        configurationBuilder.Properties<Sign>().HaveConversion<string>();
        configurationBuilder.Properties<Core.Workflow.SheetStatus>().HaveConversion<string>();
        configurationBuilder.Properties<Core.Workflow.ReviewGrade>().HaveConversion<string>();
        configurationBuilder.Properties<Core.Workflow.Role>().HaveConversion<string>();
        configurationBuilder.Properties<SheetVersionKind>().HaveConversion<string>();
        configurationBuilder.Properties<Core.Workflow.MarkStatus>().HaveConversion<string>();
        configurationBuilder.Properties<DocumentState>().HaveConversion<string>();
        if (Provider == DatabaseProvider.Sqlite)
        {
            // SQLite has no date type; as an integer the instant sorts and compares in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        new RegionConfiguration().Configure(modelBuilder.Entity<RegionEntity>());
        new OrganisationConfiguration().Configure(modelBuilder.Entity<OrganisationEntity>());
        new SourceDocumentConfiguration().Configure(modelBuilder.Entity<SourceDocumentEntity>());
        new DeclaredTotalConfiguration().Configure(modelBuilder.Entity<DeclaredTotalEntity>());
        new DocumentWarningConfiguration().Configure(modelBuilder.Entity<DocumentWarningEntity>());
        new UnplacedRowConfiguration().Configure(modelBuilder.Entity<UnplacedRowEntity>());
        new SheetConfiguration(Provider).Configure(modelBuilder.Entity<SheetEntity>());
        new SheetSourceConfiguration().Configure(modelBuilder.Entity<SheetSourceEntity>());
        SheetPartConfiguration.ConfigureAll(modelBuilder);
        new IndicatorConfiguration().Configure(modelBuilder.Entity<IndicatorEntity>());
        new ReviewFindingConfiguration().Configure(modelBuilder.Entity<ReviewFindingEntity>());
        new DocumentFindingConfiguration().Configure(modelBuilder.Entity<DocumentFindingEntity>());
        new SheetSnapshotConfiguration().Configure(modelBuilder.Entity<SheetSnapshotEntity>());
        new DataGenerationConfiguration().Configure(modelBuilder.Entity<DataGenerationEntity>());
        WorkflowConfigurations.ConfigureAll(modelBuilder);
        StoredOnly(modelBuilder);
        if (Provider == DatabaseProvider.Postgres)
        {
            modelBuilder.HasPostgresExtension("pg_trgm");
        }

        SnakeCaseNames.Apply(modelBuilder);
    }

    /// <summary>
    /// A document whose save is still writing its sheets (<see cref="DocumentSaves"/>) is not there
    /// for any query, nor are its sheets: every list, search, count, read and duplicate check sees
    /// stored documents only, and a query added later does too. The rows under a sheet (indicators,
    /// findings, snapshot…) are reached through their sheet or its id, so they need no filter of their
    /// own; the save and the cleanup ignore the filter by name.
    /// </summary>
    private void StoredOnly(ModelBuilder modelBuilder)
    {
        // NOT IN the ids of the state index, read once per query: a test of the row's own state (or a correlated
        // NOT EXISTS) made SQLite read each document row up to the state, past the file's bytes in overflow pages.
        modelBuilder.Entity<SourceDocumentEntity>().HasQueryFilter(DocumentSaves.StoredOnly, d => !Set<SourceDocumentEntity>()
            .IgnoreQueryFilters(StoredOnlyFilter)
            .Where(saving => saving.State == DocumentState.Saving)
            .Select(saving => saving.Id)
            .Contains(d.Id));
        modelBuilder.Entity<SheetEntity>().HasQueryFilter(DocumentSaves.StoredOnly, s => !Set<SourceDocumentEntity>()
            .IgnoreQueryFilters(StoredOnlyFilter)
            .Where(saving => saving.State == DocumentState.Saving)
            .Select(saving => saving.Id)
            .Contains(s.DocumentId));
    }

    private static readonly string[] StoredOnlyFilter = [DocumentSaves.StoredOnly];

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        // Rows under a sheet have no filter of their own on purpose (see StoredOnly).
        optionsBuilder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
}
