using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class SheetConfiguration(DatabaseProvider provider) : IEntityTypeConfiguration<SheetEntity>
{
    public void Configure(EntityTypeBuilder<SheetEntity> builder)
    {
        builder.ToTable("sheets");
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.DocumentId, s.Ordinal }).IsUnique();
        builder.HasIndex(s => s.FiscalYear);
        builder.HasIndex(s => s.Kind);
        builder.HasIndex(s => s.Status);
        builder.HasIndex(s => s.PublishedVersionId);

        // Sheets stored before the workflow (0007) start as drafts.
        builder.Property(s => s.Status).HasDefaultValueSql("'Draft'").ValueGeneratedNever();

        // Counts the list shows, written by the app (never generated); the default only fills old rows.
        builder.Property(s => s.IndicatorCount).HasDefaultValue(0).ValueGeneratedNever();
        builder.Property(s => s.ErrorCount).HasDefaultValue(0).ValueGeneratedNever();
        builder.Property(s => s.WarningCount).HasDefaultValue(0).ValueGeneratedNever();
        builder.Property(s => s.InfoCount).HasDefaultValue(0).ValueGeneratedNever();
        builder.HasOne(s => s.Region).WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.DepartmentOrganisation).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.SupervisingDepartmentOrganisation).WithMany().HasForeignKey(s => s.SupervisingDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.UnitOrganisation).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Sources).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.BudgetLines).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.SpendingPlan).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Goals).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Functions).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.KeyTasks).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Measures).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Plans).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Indicators).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Unplaced).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Assumptions).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        if (provider == DatabaseProvider.Postgres)
        {
            // Substring search (ILIKE '%…%') over names, Chinese included, served by trigrams.
            // SQLite gets an FTS5 trigram table instead, created by its migration (SheetSearch).
            builder.HasIndex(s => s.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }
}

internal sealed class SheetSourceConfiguration : IEntityTypeConfiguration<SheetSourceEntity>
{
    public void Configure(EntityTypeBuilder<SheetSourceEntity> builder)
    {
        builder.ToTable("sheet_sources");
        builder.HasKey(s => new { s.SheetId, s.Field });
    }
}

/// <summary>The sheet's lists: one table each, unique by (sheet, place in the list).</summary>
internal static class SheetPartConfiguration
{
    public static void ConfigureAll(ModelBuilder modelBuilder)
    {
        Configure<BudgetLineEntity>(modelBuilder, "budget_lines");
        Configure<SpendingPlanPointEntity>(modelBuilder, "spending_plan_points");
        Configure<GoalEntity>(modelBuilder, "goals");
        Configure<FunctionEntity>(modelBuilder, "functions");
        Configure<KeyTaskEntity>(modelBuilder, "key_tasks");
        Configure<MeasureEntity>(modelBuilder, "measures");
        Configure<PlanItemEntity>(modelBuilder, "plan_items");
        Configure<AssumptionEntity>(modelBuilder, "assumptions");
        Configure<IndicatorEntity>(modelBuilder, "indicators");
    }

    private static void Configure<T>(ModelBuilder modelBuilder, string table)
        where T : SheetPartEntity
    {
        var builder = modelBuilder.Entity<T>();
        builder.ToTable(table);
        builder.HasIndex(p => new { p.SheetId, p.Ordinal }).IsUnique();
    }
}
