using System.Diagnostics;
using Drover.Bench.Rig;
using Npgsql;

namespace Drover.Bench;

/// <summary>
/// API under load: 100,000 tickets stored (--quick 10,000; copies of one real ticket, see <see cref="Seed"/>), then
/// 50 concurrent clients for 30 s (--quick 10 s) on each of: the ticket list (first page of 100), a ticket's detail
/// (random tickets), and <c>/healthz</c> as the baseline (the same server answering a request that does no work). The
/// list again with 1 and 10 clients: its p99 is mostly queueing, and how much shows only beside fewer clients. All
/// after a warm-up as long as the measurement.
/// SQLite, and PostgreSQL too when --postgres names an admin connection.
/// </summary>
internal static class ApiLoad
{
    private const int Clients = 50;

    private static readonly int[] FewerClients = [1, 10];

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

        const string firstPage = "/v1/job/script/orders?limit=100";
        Func<Random, string> aDetail = r => $"/v1/job/script/orders/{uuids[r.Next(uuids.Length)]}";
        // A server just started compiles its hot paths again at the JIT's higher tiers for tens of seconds (300 to 1,000
        // methods a second, up to half a second of CPU a second, seen with dotnet-counters): the first load measured
        // behind it answered 597 lists a second where the same load after the others answered 1,529. What is measured
        // here is the server in its steady state, so both paths run unmeasured first for as long as they are measured.
        await MeasureAsync(stack.Api.Http, _ => firstPage, TimeSpan.FromSeconds(seconds), Clients);
        await MeasureAsync(stack.Api.Http, aDetail, TimeSpan.FromSeconds(seconds), Clients);
        var list = await LoadAsync(stack.Api.Http, _ => firstPage, seconds, Clients);
        var detail = await LoadAsync(stack.Api.Http, aDetail, seconds, Clients);
        var health = await LoadAsync(stack.Api.Http, _ => "/healthz", seconds, Clients);
        var fewer = new List<(int Clients, Load List, Load Health)>();
        foreach (var clients in FewerClients)
        {
            fewer.Add((clients, await LoadAsync(stack.Api.Http, _ => firstPage, seconds, clients),
                await LoadAsync(stack.Api.Http, _ => "/healthz", seconds, clients)));
        }

        var table = new Table($"API: {tickets:N0} tickets stored, {dbName}, {Clients} concurrent clients unless said, {seconds} s each");
        table.Add("ticket list (100 per page): requests/s", list.PerSecond, health.PerSecond, "/s", "/healthz");
        table.Add("ticket list: p50", list.P50, health.P50, "ms", "/healthz");
        table.Add("ticket list: p99", list.P99, health.P99, "ms", "/healthz");
        table.Add("ticket detail: requests/s", detail.PerSecond, health.PerSecond, "/s", "/healthz");
        table.Add("ticket detail: p50", detail.P50, health.P50, "ms", "/healthz");
        table.Add("ticket detail: p99", detail.P99, health.P99, "ms", "/healthz");
        foreach (var (clients, fewerList, fewerHealth) in fewer)
        {
            var label = $"ticket list, {clients} client{(clients == 1 ? "" : "s")}";
            table.Add($"{label}: requests/s", fewerList.PerSecond, fewerHealth.PerSecond, "/s", "/healthz");
            table.Add($"{label}: p50", fewerList.P50, fewerHealth.P50, "ms", "/healthz");
            table.Add($"{label}: p99", fewerList.P99, fewerHealth.P99, "ms", "/healthz");
        }
        var loads = new[] { list, detail, health }.Concat(fewer.SelectMany(f => new[] { f.List, f.Health })).ToList();
        table.Add("errors (list / detail / healthz / fewer clients)",
            $"{list.Errors} / {detail.Errors} / {health.Errors} / {fewer.Sum(f => f.List.Errors + f.Health.Errors)}",
            string.Join(" ", loads.Select(l => l.FirstError).OfType<string>().Take(1)));
        table.Add("server memory peak", Table.Mb(stack.Server.Usage.PeakRssBytes));
        table.Print();
        stack.KeepFiles = false;
    }

    private sealed record Load(double PerSecond, double P50, double P99, int Errors, string? FirstError);

    /// <summary>
    /// <paramref name="clients"/> loops, each sending the next request when the last is answered, for the duration,
    /// after the same load for a fifth of it, unmeasured: the clients' connections are open and the caches warm.
    /// </summary>
    private static async Task<Load> LoadAsync(HttpClient http, Func<Random, string> path, int seconds, int clients)
    {
        await MeasureAsync(http, path, TimeSpan.FromSeconds(seconds) / 5, clients);
        return await MeasureAsync(http, path, TimeSpan.FromSeconds(seconds), clients);
    }

    private static async Task<Load> MeasureAsync(HttpClient http, Func<Random, string> path, TimeSpan duration, int clients)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            var mine = latencies[i] = [];
            var random = new Random(i);
            while (clock.Elapsed < duration)
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
