using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Configurations;

/// <summary>Users, tokens, versions, row comments, marks on findings and the audit trail (migrations 0007, 0008).</summary>
internal static class WorkflowConfigurations
{
    public static void ConfigureAll(ModelBuilder model)
    {
        var users = model.Entity<UserEntity>();
        users.ToTable("users");
        users.HasIndex(u => u.UserName).IsUnique();
        users.HasOne(u => u.Region).WithMany().HasForeignKey(u => u.RegionId).OnDelete(DeleteBehavior.Restrict);
        users.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);

        var tokens = model.Entity<ApiTokenEntity>();
        tokens.ToTable("api_tokens");
        tokens.HasIndex(t => t.TokenHash).IsUnique();
        tokens.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);

        var versions = model.Entity<SheetVersionEntity>();
        versions.ToTable("sheet_versions");
        versions.HasIndex(v => new { v.SheetId, v.Number }).IsUnique();
        versions.HasOne<SheetEntity>().WithMany().HasForeignKey(v => v.SheetId).OnDelete(DeleteBehavior.Cascade);

        var comments = model.Entity<RowCommentEntity>();
        comments.ToTable("row_comments");
        comments.HasOne<SheetEntity>().WithMany().HasForeignKey(c => c.SheetId).OnDelete(DeleteBehavior.Cascade);

        var marks = model.Entity<FindingMarkEntity>();
        marks.ToTable("finding_marks");
        marks.HasIndex(m => new { m.SheetId, m.RuleId, m.Cause, m.RowKey }).IsUnique();
        marks.HasOne<SheetEntity>().WithMany().HasForeignKey(m => m.SheetId).OnDelete(DeleteBehavior.Cascade);

        var audit = model.Entity<AuditEntryEntity>();
        audit.ToTable("audit_entries");
        audit.HasIndex(a => a.SheetId);
        audit.HasIndex(a => a.At);
        audit.HasIndex(a => a.UserName);
    }
}
