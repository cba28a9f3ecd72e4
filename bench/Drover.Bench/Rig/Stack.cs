using System.Globalization;

namespace Drover.Bench.Rig;

/// <summary>
/// One Drover as the bench runs it: the Release server as a process of its own on a fresh data dir (SQLite, or a
/// PostgreSQL database when given), plain HTTP on loopback, and agents started on demand. Everything it starts is
/// killed when it is disposed; the data dir and the logs stay (their place is printed) unless the run succeeded.
/// </summary>
internal sealed class Stack : IDisposable
{
    private const string Token = "drover-bench-admin-token-0123456789";
    private readonly List<ChildProcess> children = [];

    private Stack(string dir, ChildProcess server, string apiUrl, string agentUrl)
    {
        Dir = dir;
        Server = server;
        ApiUrl = apiUrl;
        AgentUrl = agentUrl;
        Api = new DroverApi(apiUrl, Token);
        children.Add(server);
    }

    public string Dir { get; }
    public ChildProcess Server { get; }
    public string ApiUrl { get; }
    public string AgentUrl { get; }
    public DroverApi Api { get; }
    public bool KeepFiles { get; set; } = true;

    public static async Task<Stack> StartAsync(string? database = null, params string[] serverArgs)
    {
        var dir = Directory.CreateTempSubdirectory("drover-bench-").FullName;
        var api = $"http://127.0.0.1:{Ports.Free()}";
        var agents = $"http://127.0.0.1:{Ports.Free()}";
        string[] args =
        [
            Repo.ServerDll, "--listen", api, "--agent-listen", agents, "--data-dir", Path.Combine(dir, "server"),
            "--cluster-port", Ports.Free().ToString(CultureInfo.InvariantCulture), "--Logging:LogLevel:Default=Warning",
            .. database is null ? [] : new[] { "--database", database }, .. serverArgs,
        ];
        var server = new ChildProcess("the server", args, new Dictionary<string, string> { ["DROVER_ADMIN_TOKEN"] = Token },
            Path.Combine(dir, "server.log"));
        var stack = new Stack(dir, server, api, agents);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var giveUp = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            server.ThrowIfExited();
            try
            {
                if ((await probe.GetAsync($"{api}/healthz")).IsSuccessStatusCode) break;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > giveUp) throw new TimeoutException($"the server did not answer /healthz in 120 s; see {server.LogPath}");
            await Task.Delay(50);
        }
        return stack;
    }

    /// <summary>
    /// Starts one agent process serving <paramref name="hosts"/> simulated hosts <c>{prefix}-1..N</c> (each runs real
    /// processes) and waits until the server lists all of them ONLINE. Returns the agent and how long that took.
    /// </summary>
    public async Task<(ChildProcess Agent, TimeSpan Online, IReadOnlyList<string> Hosts)> StartAgentAsync(int hosts,
        string prefix = "bench", TimeSpan? limit = null)
    {
        var token = await Api.EnrollmentTokenAsync(hosts);
        var journal = Path.Combine(Dir, $"agent-{prefix}");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var agent = new ChildProcess($"the agent ({hosts} hosts)",
        [
            Repo.AgentDll, "--server", AgentUrl, "--resource-id", prefix, "--simulate", hosts.ToString(CultureInfo.InvariantCulture),
            "--journal-dir", journal, "--log-level", "Warning",
        ], new Dictionary<string, string> { ["DROVER_ENROLL_TOKEN"] = token }, Path.Combine(Dir, $"agent-{prefix}.log"));
        children.Add(agent);
        var giveUp = limit ?? TimeSpan.FromSeconds(300);
        while (await Api.AgentsOnlineAsync() < hosts)
        {
            agent.ThrowIfExited();
            Server.ThrowIfExited();
            if (started.Elapsed > giveUp)
                throw new TimeoutException($"{await Api.AgentsOnlineAsync()} of {hosts} hosts ONLINE after {giveUp.TotalSeconds} s; see {agent.LogPath}");
            await Task.Delay(100);
        }
        var online = started.Elapsed;
        return (agent, online, Enumerable.Range(1, hosts).Select(i => $"{prefix}-{i}").ToList());
    }

    public void Dispose()
    {
        Api.Dispose();
        foreach (var c in children) c.Dispose();
        if (KeepFiles) Console.Error.WriteLine($"data and logs kept in {Dir}");
        else
        {
            try { Directory.Delete(Dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
