using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>The count of changes to listed data (<see cref="DataGenerationEntity"/>), kept by triggers of migration 0003.</summary>
public static class DataGeneration
{
    /// <summary>The current count, or null in a database without it (one made without the migrations).</summary>
    public static Task<long?> ReadAsync(JixiaoDbContext db, CancellationToken ct = default) => Query.For(db)(db, ct);

    // Compiled: read with every list request.
    private static readonly CompiledPerModel<Func<JixiaoDbContext, CancellationToken, Task<long?>>> Query = new(() => EF.CompileAsyncQuery(
        (JixiaoDbContext db, CancellationToken ct) => db.DataGeneration
            .Where(g => g.Id == DataGenerationEntity.SingleId)
            .Select(g => (long?)g.Value)
            .SingleOrDefault()));
}
