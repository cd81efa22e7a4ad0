using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocumentEntity>
{
    public void Configure(EntityTypeBuilder<SourceDocumentEntity> builder)
    {
        builder.ToTable("source_documents");
        builder.HasIndex(d => d.Sha256).IsUnique();
        builder.HasIndex(d => d.TextSha256).IsUnique();

        // Written by the save (never generated); the default only fills rows stored before 0006. The index
        // finds the few documents being saved without reading rows (a document's bytes come before the column).
        builder.Property(d => d.State).HasDefaultValue(DocumentState.Stored).ValueGeneratedNever();
        builder.HasIndex(d => d.State);
        builder.HasMany(d => d.Sheets).WithOne(s => s.Document).HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Unplaced).WithOne().HasForeignKey(u => u.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Totals).WithOne().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Warnings).WithOne().HasForeignKey(w => w.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeclaredTotalConfiguration : IEntityTypeConfiguration<DeclaredTotalEntity>
{
    public void Configure(EntityTypeBuilder<DeclaredTotalEntity> builder)
    {
        builder.ToTable("declared_totals");
        builder.HasIndex(t => new { t.DocumentId, t.Ordinal }).IsUnique();
    }
}

internal sealed class DocumentWarningConfiguration : IEntityTypeConfiguration<DocumentWarningEntity>
{
    public void Configure(EntityTypeBuilder<DocumentWarningEntity> builder)
    {
        builder.ToTable("document_warnings");
        builder.HasIndex(w => new { w.DocumentId, w.Ordinal }).IsUnique();
    }
}

internal sealed class UnplacedRowConfiguration : IEntityTypeConfiguration<UnplacedRowEntity>
{
    public void Configure(EntityTypeBuilder<UnplacedRowEntity> builder)
    {
        builder.ToTable("unplaced_rows", t => t.HasCheckConstraint(
            "ck_unplaced_rows_one_owner", "(document_id IS NULL) <> (sheet_id IS NULL)"));
        builder.HasIndex(u => new { u.DocumentId, u.Ordinal }).IsUnique();
        builder.HasIndex(u => new { u.SheetId, u.Ordinal }).IsUnique();
    }
}

internal sealed class SheetSnapshotConfiguration : IEntityTypeConfiguration<SheetSnapshotEntity>
{
    public void Configure(EntityTypeBuilder<SheetSnapshotEntity> builder)
    {
        builder.ToTable("sheet_snapshots");
        builder.HasKey(s => s.SheetId);
        builder.HasOne<SheetEntity>().WithOne(s => s.Snapshot).HasForeignKey<SheetSnapshotEntity>(s => s.SheetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DataGenerationConfiguration : IEntityTypeConfiguration<DataGenerationEntity>
{
    public void Configure(EntityTypeBuilder<DataGenerationEntity> builder)
    {
        builder.ToTable("data_generation");
        builder.Property(g => g.Id).ValueGeneratedNever();
    }
}
