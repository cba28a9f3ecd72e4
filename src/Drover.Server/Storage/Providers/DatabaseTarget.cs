using Npgsql;

namespace Drover.Server.Storage.Providers;

public enum DatabaseKind { Sqlite, Postgres }

/// <summary>
/// Which database the server uses, from <c>Drover:Database</c> (<c>--database</c>): empty means the embedded SQLite file
/// under the data directory; <c>postgres://user:password@host:port/db?sslmode=...</c> (or an Npgsql connection string
/// starting <c>Host=</c>) means PostgreSQL. <see cref="Describe"/> names it without its password, for logs.
/// </summary>
public sealed record DatabaseTarget(DatabaseKind Kind, string ConnectionString, string Describe)
{
    public static DatabaseTarget Parse(string? setting, string dataDir)
    {
        if (string.IsNullOrWhiteSpace(setting) || setting.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var file = Path.Combine(dataDir, "drover.db");
            return new(DatabaseKind.Sqlite, $"Data Source={file};Default Timeout=30", $"SQLite at {file}");
        }
        var s = setting.Trim();
        NpgsqlConnectionStringBuilder b;
        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            b = FromUrl(s);
        else if (s.StartsWith("host=", StringComparison.OrdinalIgnoreCase))
        {
            try { b = new NpgsqlConnectionStringBuilder(s); }
            catch (ArgumentException e) { throw new InvalidOperationException($"Drover:Database: not a valid PostgreSQL connection string ({e.Message})"); }
        }
        else
            throw new InvalidOperationException(
                "Drover:Database: must be empty (SQLite under the data directory), 'sqlite', postgres://user:password@host:port/database, or a 'Host=...' connection string");
        if (string.IsNullOrEmpty(b.Database)) throw new InvalidOperationException("Drover:Database: the PostgreSQL database name is missing");
        var describe = $"PostgreSQL at {b.Host}:{b.Port}/{b.Database}" + (string.IsNullOrEmpty(b.Username) ? "" : $" as {b.Username}");
        return new(DatabaseKind.Postgres, b.ConnectionString, describe);
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || string.IsNullOrEmpty(u.Host))
            throw new InvalidOperationException("Drover:Database: not a valid postgres:// URL (postgres://user:password@host:port/database)");
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = u.Host,
            Port = u.IsDefaultPort || u.Port < 0 ? 5432 : u.Port,
            Database = Uri.UnescapeDataString(u.AbsolutePath.TrimStart('/')),
        };
        if (u.UserInfo.Length > 0)
        {
            var parts = u.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            try { b[key] = value; }
            catch (ArgumentException) { throw new InvalidOperationException($"Drover:Database: unknown or invalid option '{key}' in the postgres:// URL"); }
        }
        return b;
    }
}
