using Jixiao.Core.Targets;
using Jixiao.Data.Entities;

namespace Jixiao.Data.Mapping;

public static partial class SheetMapper
{
    private static void ApplyParts(TargetSheet sheet, SheetEntity entity, Action<object> remove)
    {
        ListSync.Sync(entity.SpendingPlan, sheet.SpendingPlan, e => e.Ordinal, () => new SpendingPlanPointEntity { Label = "", Position = "" }, (p, e, i) =>
        {
            (e.Ordinal, e.Label, e.Percent, e.Position) = (i, p.Label, p.Percent, Positions.Text(p.Position));
        }, remove);
        ListSync.Sync(entity.Goals, sheet.Goals, e => e.Ordinal, () => new GoalEntity { Text = "", Position = "" }, (g, e, i) =>
        {
            (e.Ordinal, e.Term, e.Text, e.Position) = (i, g.Term, g.Text, Positions.Text(g.Position));
        }, remove);
        ListSync.Sync(entity.Functions, sheet.Functions, e => e.Ordinal, () => new FunctionEntity { Name = "", Text = "", Position = "" }, (f, e, i) =>
        {
            (e.Ordinal, e.Name, e.Text, e.Position) = (i, f.Name, f.Text, Positions.Text(f.Position));
        }, remove);
        ListSync.Sync(entity.KeyTasks, sheet.KeyTasks, e => e.Ordinal, () => new KeyTaskEntity { Name = "", Content = "", Position = "" }, (k, e, i) =>
        {
            (e.Ordinal, e.Name, e.Content, e.ExpectedResult, e.Position) = (i, k.Name, k.Content, k.ExpectedResult, Positions.Text(k.Position));
            (e.Funds, e.FundsUnit) = (k.Funds?.Amount, k.Funds?.Unit);
        }, remove);
        ListSync.Sync(entity.Measures, sheet.Measures, e => e.Ordinal, () => new MeasureEntity { Kind = "", Text = "", Position = "" }, (m, e, i) =>
        {
            (e.Ordinal, e.Kind, e.Text, e.Position) = (i, m.Kind, m.Text, Positions.Text(m.Position));
        }, remove);
        ListSync.Sync(entity.Plans, sheet.Plans, e => e.Ordinal, () => new PlanItemEntity { Text = "", Position = "" }, (p, e, i) =>
        {
            (e.Ordinal, e.Text, e.Position) = (i, p.Text, Positions.Text(p.Position));
        }, remove);
        ListSync.Sync(entity.Indicators, sheet.Indicators, e => e.Ordinal, () => new IndicatorEntity { Level1 = "", Name = "", Position = "" }, IndicatorMapper.Apply, remove);
        ListSync.Sync(entity.Unplaced, sheet.Unplaced, e => e.Ordinal, () => new UnplacedRowEntity { Position = "", Text = "", Reason = "" }, ApplyUnplaced, remove);
        ListSync.Sync(entity.Assumptions, sheet.Assumptions, e => e.Ordinal, () => new AssumptionEntity { Text = "", Position = "" }, (a, e, i) =>
        {
            (e.Ordinal, e.Text, e.Position) = (i, a.Text, Positions.Text(a.Position));
        }, remove);
        SyncSources(sheet.Sources, entity, remove);
    }

    internal static void ApplyUnplaced(UnplacedRow row, UnplacedRowEntity e, int ordinal) =>
        (e.Ordinal, e.Position, e.Text, e.Reason) = (ordinal, Positions.Text(row.Position), row.Text, row.Reason);

    private static void SyncSources(IReadOnlyDictionary<string, SourcePosition> sources, SheetEntity entity, Action<object> remove)
    {
        foreach (var gone in entity.Sources.Where(s => !sources.ContainsKey(s.Field)).ToList())
        {
            entity.Sources.Remove(gone);
            remove(gone);
        }

        foreach (var (field, position) in sources)
        {
            var text = Positions.Text(position);
            if (entity.Sources.Find(s => s.Field == field) is { } stored)
            {
                stored.Position = text;
            }
            else
            {
                entity.Sources.Add(new SheetSourceEntity { Field = field, Position = text });
            }
        }
    }
}
