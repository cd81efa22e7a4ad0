using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jixiao.Data;

/// <summary>
/// A compiled query for each model it meets. EF ties a compiled query to the model it first ran
/// against, and the SQLite and PostgreSQL models differ (a process may hold both: the tests do).
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> queries = new();

    public TQuery For(DbContext db) => queries.GetOrAdd(db.Model, _ => compile());
}
