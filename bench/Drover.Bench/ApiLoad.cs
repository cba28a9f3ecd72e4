using System.Diagnostics;
using Drover.Bench.Rig;
using Npgsql;

namespace Drover.Bench;

/// <summary>
/// API under load: 100,000 tickets stored (--quick 10,000; copies of one real ticket, see <see cref="Seed"/>), then
/// 50 concurrent clients for 30 s (--quick 10 s) on each of: the ticket list (first page of 100), a ticket's detail
/// (random tickets), and <c>/healthz</c> as the baseline (the same server answering a request that does no work).
/// SQLite, and PostgreSQL too when --postgres names an admin connection.
/// </summary>
internal static class ApiLoad
{
    private const int Clients = 50;

    public static async Task RunAsync(BenchOptions o)
    {
        var tickets = o.Hosts ?? (o.Quick ? 10_000 : 100_000);
        var seconds = o.Quick ? 10 : 30;
        await RunOnAsync("SQLite", null, tickets, seconds);
        if (o.Postgres is { } admin)
        {
            var name = "drover_bench_" + Guid.NewGuid().ToString("N")[..8];
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
                await create.ExecuteNonQueryAsync();
            }
            await RunOnAsync("PostgreSQL", new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, tickets, seconds);
        }
    }

    private static async Task RunOnAsync(string dbName, string? database, int tickets, int seconds)
    {
        // The rate limits (6,000 requests a minute per caller by default) would answer most of this with 429: what is
        // measured here is the server, not its flood guard.
        using var stack = await Stack.StartAsync(database, "--Drover:RateLimits:Enabled=false");
        var (_, _, hosts) = await stack.StartAgentAsync(1);
        var script = await stack.Api.CreateScriptAsync("bench_api", "echo ok");
        var first = await stack.Api.ExecuteAsync(script, hosts, 1);
        await stack.Api.WaitEndedAsync(first, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(60));
        var seed = database is null ? Seed.Sqlite(Path.Combine(stack.Dir, "server")) : Seed.Postgres(database);
        await seed.CopyTicketAsync(first, tickets - 1);
        var uuids = Enumerable.Range(1, tickets - 1).Select(i => Seed.CopyUuid(first, i)).Prepend(first).ToArray();

        var list = await LoadAsync(stack.Api.Http, _ => "/v1/job/script/orders?limit=100", seconds);
        var detail = await LoadAsync(stack.Api.Http, r => $"/v1/job/script/orders/{uuids[r.Next(uuids.Length)]}", seconds);
        var health = await LoadAsync(stack.Api.Http, _ => "/healthz", seconds);

        var table = new Table($"API: {tickets:N0} tickets stored, {dbName}, {Clients} concurrent clients, {seconds} s each");
        table.Add("ticket list (100 per page): requests/s", list.PerSecond, health.PerSecond, "/s", "/healthz");
        table.Add("ticket list: p50", list.P50, health.P50, "ms", "/healthz");
        table.Add("ticket list: p99", list.P99, health.P99, "ms", "/healthz");
        table.Add("ticket detail: requests/s", detail.PerSecond, health.PerSecond, "/s", "/healthz");
        table.Add("ticket detail: p50", detail.P50, health.P50, "ms", "/healthz");
        table.Add("ticket detail: p99", detail.P99, health.P99, "ms", "/healthz");
        table.Add("errors (list / detail / healthz)", $"{list.Errors} / {detail.Errors} / {health.Errors}",
            string.Join(" ", new[] { list, detail, health }.Select(l => l.FirstError).OfType<string>().Take(1)));
        table.Add("server memory peak", Table.Mb(stack.Server.Usage.PeakRssBytes));
        table.Print();
        stack.KeepFiles = false;
    }

    private sealed record Load(double PerSecond, double P50, double P99, int Errors, string? FirstError);

    /// <summary><see cref="Clients"/> loops, each sending the next request when the last is answered, for the duration.</summary>
    private static async Task<Load> LoadAsync(HttpClient http, Func<Random, string> path, int seconds)
    {
        // A short warm-up: the first requests of each path pay the JIT and fill the caches.
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async i =>
        {
            using var r = await http.GetAsync(path(new Random(i)));
        }));
        var latencies = new List<double>[Clients];
        var errors = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async i =>
        {
            var mine = latencies[i] = [];
            var random = new Random(i);
            while (clock.Elapsed < end)
            {
                var sent = clock.Elapsed;
                using var r = await http.GetAsync(path(random));
                var body = await r.Content.ReadAsByteArrayAsync();
                mine.Add((clock.Elapsed - sent).TotalMilliseconds);
                if (!r.IsSuccessStatusCode && Interlocked.Increment(ref errors) == 1)
                    firstError = $"{(int)r.StatusCode} {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(200, body.Length)))}";
            }
        }));
        var all = latencies.SelectMany(l => l).ToList();
        return new Load(all.Count / clock.Elapsed.TotalSeconds, Statistics.Percentile(all, 50), Statistics.Percentile(all, 99), errors, firstError);
    }
}
