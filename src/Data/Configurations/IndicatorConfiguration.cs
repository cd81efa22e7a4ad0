using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<IndicatorEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorEntity> builder)
    {
        // Flags are a bit set: stored as the integer so SQL can test a flag ((value_flags & 4) <> 0).
        builder.Property(i => i.ValueFlags).HasConversion<int>();
        builder.Property(i => i.PeriodFlags).HasConversion<int?>();
    }
}

internal sealed class ReviewFindingConfiguration : IEntityTypeConfiguration<ReviewFindingEntity>
{
    public void Configure(EntityTypeBuilder<ReviewFindingEntity> builder)
    {
        builder.ToTable("review_findings", t => t.HasCheckConstraint(
            "ck_review_findings_severity", "severity IN ('error', 'warning', 'info')"));
        builder.HasOne<SheetEntity>().WithMany(s => s.Findings).HasForeignKey(f => f.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Indicator).WithMany().HasForeignKey(f => f.IndicatorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => f.RuleId);

        // The list's counts by severity read the index alone (it also serves the sheet's foreign key).
        builder.HasIndex(f => new { f.SheetId, f.Severity });
    }
}

internal sealed class DocumentFindingConfiguration : IEntityTypeConfiguration<DocumentFindingEntity>
{
    public void Configure(EntityTypeBuilder<DocumentFindingEntity> builder)
    {
        builder.ToTable("document_findings", t => t.HasCheckConstraint(
            "ck_document_findings_severity", "severity IN ('error', 'warning', 'info')"));
        builder.HasOne<SourceDocumentEntity>().WithMany(d => d.Findings).HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
