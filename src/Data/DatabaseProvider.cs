namespace Jixiao.Data;

/// <summary>The databases Jixiao runs on: SQLite by default, PostgreSQL for a shared server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The provider names settings may use (Database:Provider, --provider), read one way everywhere.</summary>
public static class DatabaseProviderNames
{
    /// <summary>sqlite, postgres or postgresql in any case; null for anything else.</summary>
    public static DatabaseProvider? Parse(string text) =>
        text.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
            _ => null,
        };
}
