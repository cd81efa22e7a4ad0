using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>
/// A database's schema as sorted lines (tables, columns with type, nullability and default,
/// keys, foreign keys with their delete rule, indexes, checks), read from the database itself,
/// so two databases can be compared line by line. Bookkeeping and search objects that only the
/// migrations create (schema_migrations, SQLite's sheet_search) are left out.
/// </summary>
public static partial class SchemaDescription
{
    public static async Task<List<string>> ReadAsync(JixiaoDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var lines = db.Provider == DatabaseProvider.Sqlite ? await SqliteAsync(connection) : await PostgresAsync(connection);
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await RowsAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' AND name NOT LIKE 'sheet_search%'");
        foreach (var table in tables)
        {
            var name = table[0];
            lines.Add($"table {name}{(table[1].Contains("AUTOINCREMENT", StringComparison.Ordinal) ? " autoincrement" : "")}");
            foreach (var c in await RowsAsync(connection, $"SELECT name, type, \"notnull\", pk, coalesce(dflt_value, '') FROM pragma_table_info('{name}')"))
            {
                lines.Add($"column {name}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]} default={c[4]}");
            }

            foreach (var f in await RowsAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete, on_update, seq FROM pragma_foreign_key_list('{name}')"))
            {
                lines.Add($"foreign key {name}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]} on update {f[4]} seq={f[5]}");
            }

            foreach (var i in await RowsAsync(connection, $"SELECT name, \"unique\", origin, partial FROM pragma_index_list('{name}')"))
            {
                var columns = await RowsAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"index {name}.{i[0]} ({string.Join(", ", columns.Select(x => x[0]))}) unique={i[1]} origin={i[2]} partial={i[3]}");
            }

            foreach (var line in table[1].Split('\n'))
            {
                if (CheckConstraint().Match(line.Trim().TrimEnd(',')) is { Success: true } check)
                {
                    lines.Add($"check {name}.{check.Groups[1].Value} {check.Groups[2].Value.Replace("\"", "", StringComparison.Ordinal)}");
                }
            }
        }

        return lines;
    }

    /// <summary>The current schema's objects (each test works in a schema of its own), named without it.</summary>
    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var schema = (await RowsAsync(connection, "SELECT current_schema()"))[0][0];
        const string tables = "table_schema = current_schema() AND table_name <> 'schema_migrations'";
        foreach (var t in await RowsAsync(connection, $"SELECT table_name FROM information_schema.tables WHERE {tables}"))
        {
            lines.Add($"table {t[0]}");
        }

        foreach (var c in await RowsAsync(connection, $"SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, ''), is_identity, coalesce(identity_generation, ''), coalesce(character_maximum_length::text, ''), coalesce(numeric_precision::text, ''), coalesce(numeric_scale::text, '') FROM information_schema.columns WHERE {tables}"))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[7]},{c[8]},{c[9]}) nullable={c[3]} default={c[4]} identity={c[5]} {c[6]}");
        }

        foreach (var k in await RowsAsync(connection, "SELECT conrelid::regclass::text, conname, contype::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text <> 'schema_migrations'"))
        {
            lines.Add($"constraint {k[0]}.{k[1]} {k[2]} {k[3]}");
        }

        foreach (var i in await RowsAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'"))
        {
            lines.Add($"index {i[0]}.{i[1]} {i[2].Replace($" {schema}.", " ", StringComparison.Ordinal)}");
        }

        foreach (var e in await RowsAsync(connection, "SELECT extname FROM pg_extension"))
        {
            lines.Add($"extension {e[0]}");
        }

        return lines;
    }

    private static async Task<List<string[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }

    [GeneratedRegex("^CONSTRAINT \"?(\\w+)\"? CHECK (.*)$")]
    private static partial Regex CheckConstraint();
}
