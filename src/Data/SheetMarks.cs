using Jixiao.Core.Review;
using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>How often a rule found something on the stored sheets, and how reviewers judged its findings.</summary>
public sealed record RuleStatistics(string RuleId, int Findings, int Sheets, int Verified, int NotApplicable);

/// <summary>
/// Reviewers' marks on findings (docs/decisions/016): 已核实 (the defect stays, the unit must fix it) or
/// 不适用 (it does not apply here; an error so marked no longer blocks submission), each with a reason,
/// kept with the sheet and matched to the findings of every later review by <see cref="FindingKey"/>.
/// Setting, changing and removing a mark each write an audit record in the same SaveChanges.
/// </summary>
public static class SheetMarks
{
    public const string ForbiddenCode = "MARK-FORBIDDEN";
    public const string ReasonCode = "MARK-REASON-REQUIRED";
    public const string NotFoundCode = "MARK-NOT-FOUND";

    /// <summary>
    /// Marks <paramref name="finding"/> (one of a review of the sheet as stored) <paramref name="status"/>
    /// for <paramref name="reason"/>, or changes the mark it has. Only reviewers, within their scope.
    /// </summary>
    public static async Task<DataResult<FindingMarkEntity>> MarkAsync(
        JixiaoDbContext db, Actor actor, SheetScope scope, long sheetId, Finding finding, MarkStatus status, string? reason, CancellationToken ct = default)
    {
        if (actor.Role == Role.UnitFiller)
        {
            return Refuse(DataErrorCode.Forbidden, ForbiddenCode, "只有审核人（主管部门审核、财政审核、管理员）可以标记审核意见", "only reviewers may mark findings");
        }

        if (SheetNotes.Problem(reason) is { } problem)
        {
            return Refuse(DataErrorCode.Invalid, ReasonCode, $"标记为“{MarkNames.Of(status)}”须说明理由：{problem}", "a mark needs a reason: " + problem);
        }

        var sheet = await scope.Apply(db.Sheets).Where(s => s.Id == sheetId).Select(s => new { s.DocumentId }).SingleOrDefaultAsync(ct);
        if (sheet is null)
        {
            return SheetWorkflow.NotFound(sheetId);
        }

        var key = FindingKey.Of(finding);
        var position = finding.Position.ToString();
        var candidates = await db.FindingMarks.Where(m => m.SheetId == sheetId && m.RuleId == key.RuleId).ToListAsync(ct);
        var mark = candidates.FirstOrDefault(m => m.RowKey == key.Rows && m.Cause == key.Cause)
            ?? candidates.FirstOrDefault(m => m.RowKey is null && m.Position == position);
        var before = mark is null ? null : $"{MarkNames.Of(mark.Status)}：{mark.Reason}";
        if (mark is null)
        {
            mark = new FindingMarkEntity { SheetId = sheetId, RuleId = key.RuleId, Cause = key.Cause, Position = position, Reason = "", UserName = actor.UserName };
            db.FindingMarks.Add(mark);
        }

        // A mark carried over from an 0007 override gets the key of the finding it matched.
        (mark.Cause, mark.RowKey, mark.Position) = (key.Cause, key.Rows, position);
        mark.Status = status;
        mark.Reason = reason!.Trim();
        (mark.UserId, mark.UserName, mark.MarkedAt) = (actor.UserId, actor.UserName, db.Clock.GetUtcNow());
        var after = $"{MarkNames.Of(status)}：{mark.Reason}";
        var verb = before is null ? "标记" : "改标";
        AuditTrail.Record(db, actor, AuditTrail.Actions.Mark, $"{verb}审核意见 {key.RuleId}（{FindingKey.Readable(key.Rows)}）为“{MarkNames.Of(status)}”：{mark.Reason}", sheetId, sheet.DocumentId,
            new { rule = key.RuleId, cause = key.Cause, rows = key.Rows, position, changes = new[] { new AuditChange("mark", before, after) } });
        return await SaveAsync(db, sheetId, mark, ct);
    }

    /// <summary>Removes mark <paramref name="markId"/> of the sheet. Only reviewers, within their scope.</summary>
    public static async Task<DataResult<FindingMarkEntity>> RemoveAsync(JixiaoDbContext db, Actor actor, SheetScope scope, long sheetId, long markId, CancellationToken ct = default)
    {
        if (actor.Role == Role.UnitFiller)
        {
            return Refuse(DataErrorCode.Forbidden, ForbiddenCode, "只有审核人（主管部门审核、财政审核、管理员）可以撤销审核意见的标记", "only reviewers may remove marks");
        }

        var sheet = await scope.Apply(db.Sheets).Where(s => s.Id == sheetId).Select(s => new { s.DocumentId }).SingleOrDefaultAsync(ct);
        if (sheet is null)
        {
            return SheetWorkflow.NotFound(sheetId);
        }

        var mark = await db.FindingMarks.SingleOrDefaultAsync(m => m.Id == markId && m.SheetId == sheetId, ct);
        if (mark is null)
        {
            return Refuse(DataErrorCode.NotFound, NotFoundCode, $"目标表 {sheetId} 没有编号为 {markId} 的标记", "no such mark");
        }

        db.FindingMarks.Remove(mark);
        AuditTrail.Record(db, actor, AuditTrail.Actions.Mark, $"撤销审核意见 {mark.RuleId}（{(mark.RowKey is { } rows ? FindingKey.Readable(rows) : mark.Position)}）的标记“{MarkNames.Of(mark.Status)}”", sheetId, sheet.DocumentId,
            new { rule = mark.RuleId, cause = mark.Cause, rows = mark.RowKey, position = mark.Position, changes = new[] { new AuditChange("mark", $"{MarkNames.Of(mark.Status)}：{mark.Reason}", null) } });
        return await SaveAsync(db, sheetId, mark, ct);
    }

    public static Task<List<FindingMarkEntity>> ListAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default) =>
        db.FindingMarks.AsNoTracking().Where(m => m.SheetId == sheetId).OrderBy(m => m.Id).ToListAsync(ct);

    /// <summary>The mark that applies to each of <paramref name="findings"/> (by reference), if any.</summary>
    public static Dictionary<Finding, FindingMarkEntity> Match(IEnumerable<Finding> findings, IReadOnlyList<FindingMarkEntity> marks)
    {
        var matched = new Dictionary<Finding, FindingMarkEntity>(ReferenceEqualityComparer.Instance);
        if (marks.Count == 0)
        {
            return matched;
        }

        foreach (var finding in findings)
        {
            var key = FindingKey.Of(finding);
            var position = finding.Position.ToString();
            if (marks.FirstOrDefault(m => m.RuleId == key.RuleId && (m.RowKey is null ? m.Position == position : m.RowKey == key.Rows && m.Cause == key.Cause)) is { } mark)
            {
                matched[finding] = mark;
            }
        }

        return matched;
    }

    /// <summary>The findings no reviewer has marked 不适用 (已核实 ones stay: the defect is confirmed).</summary>
    public static async Task<List<Finding>> StandingAsync(JixiaoDbContext db, long sheetId, IEnumerable<Finding> findings, CancellationToken ct = default) =>
        Standing(findings, await ListAsync(db, sheetId, ct));

    /// <summary>Of <paramref name="findings"/>, those none of <paramref name="marks"/> marks 不适用.</summary>
    public static List<Finding> Standing(IEnumerable<Finding> findings, IReadOnlyList<FindingMarkEntity> marks)
    {
        var list = findings.ToList();
        var matched = Match(list, marks);
        return [.. list.Where(f => !matched.TryGetValue(f, out var m) || m.Status != MarkStatus.NotApplicable)];
    }

    /// <summary>
    /// Per rule, over the sheets of <paramref name="scope"/>: the stored findings (of the sheets and of their
    /// documents as a whole), the sheets with one, and the marks 已核实 and 不适用 reviewers set.
    /// </summary>
    public static async Task<IReadOnlyList<RuleStatistics>> StatisticsAsync(JixiaoDbContext db, SheetScope scope, CancellationToken ct = default)
    {
        var sheets = scope.Apply(db.Sheets).Select(s => s.Id);
        var documents = scope.Apply(db.Sheets).Select(s => s.DocumentId);
        var found = await db.ReviewFindings.Where(f => sheets.Contains(f.SheetId)).GroupBy(f => f.RuleId)
            .Select(g => new { RuleId = g.Key, Count = g.Count(), Sheets = g.Select(f => f.SheetId).Distinct().Count() }).ToListAsync(ct);
        var documentFound = await db.DocumentFindings.Where(f => documents.Contains(f.DocumentId)).GroupBy(f => f.RuleId)
            .Select(g => new { RuleId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var marked = await db.FindingMarks.Where(m => sheets.Contains(m.SheetId)).GroupBy(m => new { m.RuleId, m.Status })
            .Select(g => new { g.Key.RuleId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var ids = found.Select(f => f.RuleId).Concat(documentFound.Select(f => f.RuleId)).Concat(marked.Select(m => m.RuleId)).Distinct(StringComparer.Ordinal);
        return [.. ids.Order(StringComparer.Ordinal).Select(id => new RuleStatistics(
            id,
            found.Where(f => f.RuleId == id).Sum(f => f.Count) + documentFound.Where(f => f.RuleId == id).Sum(f => f.Count),
            found.Where(f => f.RuleId == id).Sum(f => f.Sheets),
            marked.Where(m => m.RuleId == id && m.Status == MarkStatus.Verified).Sum(m => m.Count),
            marked.Where(m => m.RuleId == id && m.Status == MarkStatus.NotApplicable).Sum(m => m.Count)))];
    }

    private static async Task<DataResult<FindingMarkEntity>> SaveAsync(JixiaoDbContext db, long sheetId, FindingMarkEntity mark, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two reviewers marking the same finding at once: the unique key refuses the second.
            db.ChangeTracker.Clear();
            return SheetWorkflow.Conflict(sheetId);
        }

        return DataResult<FindingMarkEntity>.Ok(mark);
    }

    private static DataError Refuse(DataErrorCode code, string specific, string zh, string en) => new(code, zh, en) { SpecificCode = specific };
}
