using Npgsql;

namespace Drover.IntegrationTests.Support;

/// <summary>Direct SQL on a test's PostgreSQL database: to read what the server committed, or to stage a fault in it.</summary>
public sealed class PostgresDatabase(string connectionString)
{
    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = Command(conn, sql, parameters);
        return await cmd.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = Command(conn, sql, parameters);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    private static NpgsqlCommand Command(NpgsqlConnection conn, string sql, (string Name, object Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }
}
