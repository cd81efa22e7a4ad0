using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Data;

/// <summary>
/// A write that could not get the database's lock in time: another save holds it. Not a bug and
/// not bad input, but a moment's congestion; the hosts answer it with "try again shortly"
/// (the web: 503 with Retry-After) instead of an error.
/// </summary>
public static class DatabaseBusy
{
    /// <summary>
    /// How long a SQLite write waits for another writer's lock before giving up (Default Timeout,
    /// in seconds) unless the connection string says otherwise: long enough for the largest
    /// document's write (docs/benchmarks.md), short enough that a request is answered long before
    /// a client or proxy gives up (Microsoft.Data.Sqlite waits 30 s by default).
    /// </summary>
    public const int SqliteTimeoutSeconds = 5;

    /// <summary>Seconds a client should wait before trying again (Retry-After).</summary>
    public const int RetryAfterSeconds = 2;

    public static DataError Error { get; } = new(
        DataErrorCode.DatabaseBusy,
        "数据库正忙（有较大的文件正在保存），请稍后重试",
        "the database is busy with another write; try again shortly");

    /// <summary>Whether <paramref name="exception"/> (or one it wraps) is SQLite's busy or locked, or PostgreSQL's lock not available.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 5 or 6 } or PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The SQLite connection string with the busy timeout set, unless it sets one itself.</summary>
    public static string WithSqliteTimeout(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var named = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!named.ContainsKey("Default Timeout") && !named.ContainsKey("DefaultTimeout") && !named.ContainsKey("Command Timeout") && !named.ContainsKey("CommandTimeout"))
        {
            builder.DefaultTimeout = SqliteTimeoutSeconds;
        }

        return builder.ConnectionString;
    }
}
