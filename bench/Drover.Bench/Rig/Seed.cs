using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Drover.Bench.Rig;

/// <summary>
/// Fills a Drover database with copies of one real ticket (its row, batches and hosts), so the API can be measured
/// with 100,000 tickets stored without running them. Plain SQL over the columns the database reports, for SQLite and
/// PostgreSQL alike; a copy's execute_uuid is the original's with its 9 random characters replaced by the copy's number
/// (<see cref="CopyUuid"/>), so it has COC's shape.
/// </summary>
internal sealed class Seed(Func<DbConnection> connect, bool postgres)
{
    public static Seed Sqlite(string dataDir) =>
        new(() => new SqliteConnection($"Data Source={Path.Combine(dataDir, "drover.db")};Default Timeout=60"), postgres: false);

    public static Seed Postgres(string connection) => new(() => new NpgsqlConnection(connection), postgres: true);

    /// <summary>Adds <paramref name="copies"/> copies of the ticket <paramref name="executeUuid"/>, in chunks of 10,000.</summary>
    public async Task CopyTicketAsync(string executeUuid, int copies)
    {
        await using var db = connect();
        await db.OpenAsync();
        var ticketCols = await ColumnsAsync(db, "tickets");
        var batchCols = await ColumnsAsync(db, "batches");
        var hostCols = await ColumnsAsync(db, "instances");
        var source = await ScalarAsync(db, $"SELECT \"Id\" FROM tickets WHERE \"ExecuteUuid\" = '{executeUuid}'");
        for (var from = 1; from <= copies; from += 10_000)
        {
            var to = Math.Min(copies, from + 9_999);
            var series = postgres ? $"generate_series({from}, {to}) AS n(i)"
                : $"(WITH RECURSIVE s(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM s WHERE i < {to}) SELECT i FROM s) AS n";
            var copy = $"'{executeUuid[..17]}' || {(postgres ? "lpad(n.i::text, 9, '0')" : "printf('%09d', n.i)")}";
            await using var tx = await db.BeginTransactionAsync();
            await ExecAsync(db, tx,
                $"INSERT INTO tickets ({List(ticketCols, except: "Id")}) SELECT {List(ticketCols, except: "Id", prefix: "t", replace: ("ExecuteUuid", copy))} " +
                $"FROM tickets t, {series} WHERE t.\"Id\" = {source}");
            var copies_ = $"tickets c WHERE c.\"ExecuteUuid\" LIKE '{executeUuid[..17]}%' AND c.\"Id\" > {source}";
            await ExecAsync(db, tx,
                $"INSERT INTO batches ({List(batchCols)}) SELECT {List(batchCols, prefix: "b", replace: ("TicketId", "c.\"Id\""))} " +
                $"FROM batches b, {copies_} AND NOT EXISTS (SELECT 1 FROM batches x WHERE x.\"TicketId\" = c.\"Id\") AND b.\"TicketId\" = {source}");
            await ExecAsync(db, tx,
                $"INSERT INTO instances ({List(hostCols, except: "Id")}) SELECT {List(hostCols, except: "Id", prefix: "h", replace: ("TicketId", "c.\"Id\""))} " +
                $"FROM instances h, {copies_} AND NOT EXISTS (SELECT 1 FROM instances x WHERE x.\"TicketId\" = c.\"Id\") AND h.\"TicketId\" = {source}");
            await tx.CommitAsync();
            Console.Error.WriteLine($"seeded {to:N0} of {copies:N0} tickets");
        }
        // The server keeps each project's ticket count as it creates tickets; copies made here count too.
        await using (var tx = await db.BeginTransactionAsync())
        {
            await ExecAsync(db, tx, "UPDATE ticket_counts SET \"Count\" = (SELECT COUNT(*) FROM tickets t WHERE t.\"ProjectId\" = ticket_counts.\"ProjectId\")");
            await tx.CommitAsync();
        }
    }

    /// <summary>The execute_uuid of copy number <paramref name="n"/> of <paramref name="executeUuid"/>.</summary>
    public static string CopyUuid(string executeUuid, int n) => executeUuid[..17] + n.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<string>> ColumnsAsync(DbConnection db, string table)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT * FROM {table} WHERE 1 = 0";
        await using var reader = await cmd.ExecuteReaderAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    private static string List(List<string> columns, string? except = null, string? prefix = null, (string Column, string Expression)? replace = null) =>
        string.Join(", ", columns.Where(c => c != except).Select(c =>
            prefix is null ? $"\"{c}\"" : replace is { } r && r.Column == c ? r.Expression : $"{prefix}.\"{c}\""));

    private static async Task<long> ScalarAsync(DbConnection db, string sql)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync() ?? throw new InvalidOperationException($"nothing for {sql}"),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecAsync(DbConnection db, DbTransaction tx, string sql)
    {
        await using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync();
    }
}
