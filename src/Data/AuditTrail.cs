using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A field as it was and as it is, for the audit trail.</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>Audit entries to look for (all optional); newest first.</summary>
public sealed record AuditQuery(string? UserName = null, string? Action = null, long? SheetId = null, DateTimeOffset? From = null, DateTimeOffset? To = null, string? Text = null)
{
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>
/// The append-only audit trail. <see cref="Record"/> adds the entry to the context, so it is written by
/// the same SaveChanges — the same transaction — as the change it records; the tables refuse updates
/// and deletes (migration 0007's triggers).
/// </summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static AuditEntryEntity Record(JixiaoDbContext db, Actor actor, string action, string summary, long? sheetId = null, long? documentId = null, object? detail = null)
    {
        var entry = new AuditEntryEntity
        {
            At = db.Clock.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            Address = actor.Address,
            Action = action,
            SheetId = sheetId,
            DocumentId = documentId,
            Summary = summary,
            Detail = detail is null ? null : JsonSerializer.Serialize(detail, Json),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public static async Task<(IReadOnlyList<AuditEntryEntity> Items, int Total)> SearchAsync(JixiaoDbContext db, AuditQuery query, CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            entries = entries.Where(e => e.UserName == query.UserName);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (query.SheetId is { } sheet)
        {
            entries = entries.Where(e => e.SheetId == sheet);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            entries = entries.Where(e => e.Summary.Contains(query.Text));
        }

        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(e => e.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return (items, total);
    }

    /// <summary>Codes of <see cref="AuditEntryEntity.Action"/>, one per kind of change.</summary>
    public static class Actions
    {
        public const string Import = "import";
        public const string Edit = "edit";
        public const string Workflow = "workflow";
        public const string Comment = "comment";
        /// <summary>0007's overrides of error findings; older records only (now <see cref="Mark"/>).</summary>
        public const string Override = "override";

        /// <summary>A finding marked 已核实 or 不适用, a mark changed or removed.</summary>
        public const string Mark = "mark";

        /// <summary>A region's settings (rule set, form layout).</summary>
        public const string Region = "region";

        /// <summary>A region's sheets reviewed again with its rule set, after it changed (docs/decisions/020).</summary>
        public const string Rereview = "rereview";

        /// <summary>The rules folder read again by an administrator: sets added, changed, kept or removed.</summary>
        public const string RuleSets = "rule-sets";
        public const string DeleteDocument = "delete-document";
        public const string SignIn = "sign-in";
        public const string SignInFailed = "sign-in-failed";
        public const string SignOut = "sign-out";
        public const string User = "user";
        public const string Token = "token";
        public const string Export = "export";

        /// <summary>Each action's name as the audit page shows it, in the order its filter lists them.</summary>
        public static IReadOnlyList<(string Code, string Name)> Names { get; } =
        [
            (Import, "导入"), (Edit, "编辑"), (Workflow, "流程操作"), (Comment, "意见"), (Mark, "标记审核意见"), (Override, "覆盖错误（旧）"),
            (Region, "地区设置"), (Rereview, "重新审核"), (RuleSets, "重新载入规则集"), (DeleteDocument, "删除文档"), (Export, "导出"),
            (SignIn, "登录"), (SignInFailed, "登录失败"), (SignOut, "退出"), (User, "用户管理"), (Token, "访问令牌"),
        ];

        /// <summary>The action's name, or its code when it has none.</summary>
        public static string NameOf(string code)
        {
            foreach (var (c, name) in Names)
            {
                if (c == code)
                {
                    return name;
                }
            }

            return code;
        }
    }
}
