namespace Jixiao.Data.Mapping;

/// <summary>
/// Brings a stored list in line with the sheet's list, place by place: the row at place i is
/// updated in place (its id stays, so findings can keep pointing at an indicator), rows past the
/// end are removed, missing ones added.
/// </summary>
internal static class ListSync
{
    public static void Sync<TEntity, TItem>(
        List<TEntity> entities,
        IReadOnlyList<TItem> items,
        Func<TEntity, int> ordinal,
        Func<TEntity> create,
        Action<TItem, TEntity, int> apply,
        Action<object> remove)
    {
        var existing = entities.OrderBy(ordinal).ToList();
        for (var i = items.Count; i < existing.Count; i++)
        {
            entities.Remove(existing[i]);
            remove(existing[i]!);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (i < existing.Count)
            {
                apply(items[i], existing[i], i);
            }
            else
            {
                var entity = create();
                apply(items[i], entity, i);
                entities.Add(entity);
            }
        }
    }
}
