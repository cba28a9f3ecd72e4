using System.Data.Common;
using System.Text;
using Drover.Server.Storage;
using Drover.Server.Storage.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drover.IntegrationTests.Security.SecretsAtRest;

/// <summary>
/// Looks for secrets where the server keeps its data: every column of every row of every table, read with plain SQL
/// (both providers), and on SQLite the raw bytes of the database file and its WAL, where a value can linger.
/// </summary>
internal static class StoredSecrets
{
    /// <returns>One line per place a secret was found ("table Scripts: secret"), empty when it is nowhere.</returns>
    public static async Task<List<string>> FindAsync(IServiceProvider services, IReadOnlyList<string> secrets)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<DroverDb>>().CreateDbContextAsync();
        var found = await InRowsAsync(db.Database.GetDbConnection(), db.Database.IsSqlite(), secrets);
        var target = services.GetRequiredService<DatabaseTarget>();
        if (target.Kind == DatabaseKind.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
            found.AddRange(InFile(file, secrets));
            found.AddRange(InFile(file + "-wal", secrets));
        }
        return found;
    }

    /// <summary>The SQLite database file of a server (null on PostgreSQL).</summary>
    public static string? SqliteFile(IServiceProvider services) =>
        services.GetRequiredService<DatabaseTarget>() is { Kind: DatabaseKind.Sqlite } t
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(t.ConnectionString).DataSource
            : null;

    private static async Task<List<string>> InRowsAsync(DbConnection conn, bool sqlite, IReadOnlyList<string> secrets)
    {
        var found = new List<string>();
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var list = conn.CreateCommand())
        {
            list.CommandText = sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
            await using var r = await list.ExecuteReaderAsync();
            while (await r.ReadAsync()) tables.Add(r.GetString(0));
        }
        tables.Count.ShouldBeGreaterThan(5, "the database has its tables");
        foreach (var table in tables)
        {
            await using var select = conn.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var r = await select.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                for (var i = 0; i < r.FieldCount; i++)
                {
                    if (await r.IsDBNullAsync(i)) continue;
                    var value = r.GetValue(i) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    foreach (var s in secrets.Where(s => value.Contains(s, StringComparison.Ordinal)))
                        found.Add($"table {table}, column {r.GetName(i)}: {s}");
                }
            }
        }
        return found;
    }

    private static IEnumerable<string> InFile(string path, IReadOnlyList<string> secrets)
    {
        if (!File.Exists(path)) yield break;
        byte[] bytes;
        using (var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var m = new MemoryStream())
        {
            f.CopyTo(m);
            bytes = m.ToArray();
        }
        foreach (var s in secrets)
            if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(s)) >= 0)
                yield return $"file {Path.GetFileName(path)}: {s}";
    }
}
