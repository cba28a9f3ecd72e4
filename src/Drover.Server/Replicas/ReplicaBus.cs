using Drover.Server.Storage;
using Drover.Server.Storage.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Drover.Server.Replicas;

/// <summary>
/// Wakes replicas up: PostgreSQL <c>LISTEN/NOTIFY</c> on one connection per replica. What is announced is always in
/// the database already (a forwarded work row, a reply, an instance to dispatch), so a missed notification only delays
/// (the periodic sweeps pick it up) and never loses anything. On SQLite there is one server and notifications are
/// delivered in process.
/// </summary>
public sealed class ReplicaBus(DatabaseTarget database, IDbContextFactory<DroverDb> dbs, ILogger<ReplicaBus> log) : BackgroundService
{
    public const string Work = "drover_work";
    public const string Reply = "drover_reply";
    public const string Agent = "drover_agent";

    /// <summary>(channel, payload) of every notification, from this replica or another.</summary>
    public event Action<string, string>? Notified;

    /// <summary>Raised after (re)listening: notifications may have been missed meanwhile.</summary>
    public event Action? Listening;

    public async Task NotifyAsync(string channel, string payload, CancellationToken ct = default)
    {
        if (database.Kind != DatabaseKind.Postgres)
        {
            Raise(channel, payload);
            return;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({channel}, {payload})", ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Kind != DatabaseKind.Postgres) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Keepalive: a half-open connection is noticed, and re-listened, within seconds.
                var cs = new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 5, Pooling = false }.ConnectionString;
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync(stoppingToken);
                conn.Notification += (_, e) => Raise(e.Channel, e.Payload);
                await using (var cmd = new NpgsqlCommand($"LISTEN {Work}; LISTEN {Reply}; LISTEN {Agent};", conn))
                    await cmd.ExecuteNonQueryAsync(stoppingToken);
                Listening?.Invoke();
                while (!stoppingToken.IsCancellationRequested) await conn.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning("Replica notifications interrupted ({Error}); listening again", e.Message);
                try { await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken); } catch (OperationCanceledException) { return; }
            }
        }
    }

    private void Raise(string channel, string payload)
    {
        try
        {
            Notified?.Invoke(channel, payload);
        }
        catch (Exception e)
        {
            log.LogError(e, "A handler of {Channel} failed", channel);
        }
    }
}
