using Jixiao.Core.Targets;
using Jixiao.Data.Configurations;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
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

    public DbSet<FindingOverrideEntity> FindingOverrides => Set<FindingOverrideEntity>();

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
        if (Provider == DatabaseProvider.Postgres)
        {
            modelBuilder.HasPostgresExtension("pg_trgm");
        }

        SnakeCaseNames.Apply(modelBuilder);
    }
}
