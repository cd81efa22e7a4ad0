namespace Jixiao.Data;

/// <summary>The databases Jixiao runs on: SQLite by default, PostgreSQL for a shared server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
