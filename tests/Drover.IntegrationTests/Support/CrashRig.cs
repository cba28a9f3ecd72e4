using Drover.Agent;
using Microsoft.Extensions.Logging;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// A Drover to crash: the server as a process of its own (killed with SIGKILL, restarted on the same data directory and
/// ports) and real agents in this process serving many simulated hosts, their journals kept across server restarts.
/// Scripts record each run in <see cref="Markers"/>, so runs can be counted against what the server says.
/// </summary>
public sealed class CrashRig : DroverClient, IAsyncDisposable
{
    private readonly string dir;
    private readonly ServerProcess server;
    private readonly ILoggerFactory logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Error).AddConsole());
    private readonly List<AgentOptions> agentOptions = [];
    private readonly Dictionary<int, (CancellationTokenSource Stop, Task Run)> running = [];
    private readonly List<string> hosts = [];

    private CrashRig(string dir, ServerProcess server) : base(server.ApiUrl)
    {
        this.dir = dir;
        this.server = server;
        Markers = new RunMarkers(Path.Combine(dir, "runs"));
    }

    public RunMarkers Markers { get; }

    /// <summary>Every simulated host, in agent order.</summary>
    public IReadOnlyList<string> Hosts => hosts;

    /// <summary>How many times the server was killed.</summary>
    public int Kills { get; private set; }

    /// <summary>The server's latest output, for a failing test's message.</summary>
    public string ServerOutput => server.Output;

    /// <summary>
    /// Starts the server, then <paramref name="agents"/> agents of <paramref name="hostsPerAgent"/> simulated hosts each,
    /// and waits until the server has registered every host.
    /// </summary>
    public static async Task<CrashRig> StartAsync(int agents, int hostsPerAgent, params string[] serverArgs)
    {
        var dir = Directory.CreateTempSubdirectory("drover-crash-").FullName;
        var rig = new CrashRig(dir, new ServerProcess(Path.Combine(dir, "data"), serverArgs));
        try
        {
            await rig.server.StartAsync();
            for (var a = 0; a < agents; a++) await rig.AddAgentAsync($"{rig.Prefix}-a{a}", hostsPerAgent);
            // Each host enrolls, then registers, in admission turns: on a loaded machine a thousand of them took over a
            // minute (CI under load), so the bound grows with the fleet. What the tests measure comes after this.
            await WaitUntilAsync(async () => await rig.RegisteredHostsAsync() == rig.hosts.Count,
                TimeSpan.FromSeconds(Math.Max(60, rig.hosts.Count * 0.18)), $"{rig.hosts.Count} hosts to register");
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    /// <summary>The server's SQLite file, for a test that sets up the state a crash at a precise point leaves.</summary>
    /// <summary>
    /// Runs one statement on the server's database, whichever it is (SQLite under the data directory, or PostgreSQL):
    /// quote identifiers ("TicketId") and name parameters @name, which both accept.
    /// </summary>
    public async Task<int> ExecuteSqlAsync(string sql, params (string Name, object Value)[] parameters)
    {
        System.Data.Common.DbConnection db = server.Database is { } pg
            ? new Npgsql.NpgsqlConnection(pg)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dir, "data", "drover.db")};Pooling=False");
        await using (db)
        {
            await db.OpenAsync();
            await using var cmd = db.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                cmd.Parameters.Add(p);
            }
            return await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>kill -9: no shutdown, nothing flushed.</summary>
    public void Kill()
    {
        server.KillHard();
        Kills++;
    }

    /// <summary>Starts the server again on the same data directory and ports (agents reconnect by themselves).</summary>
    public Task RestartAsync() => server.StartAsync();

    public async Task KillAndRestartAsync()
    {
        Kill();
        await RestartAsync();
    }

    /// <summary>Waits for the moment (polling the API), then a random few hundred milliseconds more, then kills and restarts.</summary>
    public async Task KillWhenAsync(Func<Task<bool>> moment, string what, int jitterMs = 400)
    {
        await WaitUntilAsync(moment, TimeSpan.FromSeconds(120), () => $"{what} (server: {ServerOutput})");
        await Task.Delay(Random.Shared.Next(jitterMs));
        await KillAndRestartAsync();
    }

    /// <summary>Hosts of a ticket in each status (the ticket's statistics).</summary>
    public async Task<Dictionary<string, int>> HostCountsAsync(string uuid)
    {
        var stats = await GetDataAsync($"/v1/job/script/orders/{uuid}/statistics");
        return stats["execute_statistics"]!.AsArray()
            .ToDictionary(s => s!["instance_status"]!.GetValue<string>(), s => s!["instance_count"]!.GetValue<int>());
    }

    private async Task<long> RegisteredHostsAsync()
    {
        var all = await GetDataAsync("/v1/agents?limit=1");
        return all["total"]!.GetValue<long>();
    }

    /// <summary>Stops agent <paramref name="index"/> (its scripts go on; its journal stays) as if its machine went away.</summary>
    public async Task StopAgentAsync(int index)
    {
        if (!running.Remove(index, out var agent)) return;
        await agent.Stop.CancelAsync();
        try { await agent.Run.WaitAsync(TimeSpan.FromSeconds(15)); } catch (Exception) { /* the agent's own log says why */ }
        agent.Stop.Dispose();
    }

    /// <summary>Starts agent <paramref name="index"/> again, on the same journal.</summary>
    public void StartAgent(int index)
    {
        if (running.ContainsKey(index)) return;
        var agent = new AgentHost(agentOptions[index], logs);
        var stop = new CancellationTokenSource();
        running[index] = (stop, Task.Run(() => agent.RunAsync(stop.Token)));
    }

    private async Task AddAgentAsync(string resourceId, int simulate)
    {
        var options = new AgentOptions
        {
            Server = server.AgentUrl, EnrollToken = await EnrollmentTokenAsync(Math.Max(simulate, 1)), ResourceId = resourceId, Simulate = simulate,
            JournalDirectory = Path.Combine(dir, "journal-" + resourceId), KillGracePeriod = TimeSpan.FromSeconds(2),
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(100), ReconnectMaxDelay = TimeSpan.FromSeconds(1),
            OutputFlushInterval = TimeSpan.FromMilliseconds(50),
        };
        agentOptions.Add(options);
        hosts.AddRange(options.HostResourceIds());
        StartAgent(agentOptions.Count - 1);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var index in running.Keys.ToList()) await StopAgentAsync(index);
        server.Dispose();
        Api.Dispose();
        logs.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
