using Drover.Agent;
using Drover.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// A real Drover: the server in this process on real loopback ports with its own database (a SQLite file, or a fresh
/// PostgreSQL database when <see cref="Postgres.IsDefault"/>), and real agents (in-process AgentHosts) that run real
/// processes. Everything is torn down on dispose.
/// </summary>
public sealed class TestDrover : DroverClient, IAsyncDisposable
{
    public string DataDir { get; }
    public string AgentUrl { get; }

    private readonly WebApplication app;
    private readonly List<(CancellationTokenSource Stop, Task Run)> agents = [];
    private readonly ILoggerFactory agentLogs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole());

    private TestDrover(string dataDir, int apiPort, int agentPort, string[] extraArgs, string scheme) : base($"{scheme}://127.0.0.1:{apiPort}")
    {
        DataDir = dataDir;
        AgentUrl = $"{scheme}://127.0.0.1:{agentPort}";
        string[] args =
        [
            "--listen", ApiUrl, "--agent-listen", AgentUrl, "--data-dir", dataDir, "--admin-token-file", WriteTokenFile(dataDir),
            "--cluster-port", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
            .. extraArgs,
        ];
        app = DroverServer.Build(args);
    }

    /// <summary>The bootstrap admin secret, in a 0600 file of the data dir (never on a command line).</summary>
    internal static string WriteTokenFile(string dataDir)
    {
        var path = Path.Combine(dataDir, "test-admin-token");
        Directory.CreateDirectory(dataDir);
        File.WriteAllText(path, Token);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    /// <summary>The server's own services: tests read its database through them, whichever provider it uses.</summary>
    internal IServiceProvider Services => app.Services;

    public static Task<TestDrover> StartAsync(params string[] extraArgs) => StartAsync("http", extraArgs);

    /// <summary>Both ports on https (the self-signed certificate unless <c>--tls-cert</c>/<c>--tls-key</c> are among the arguments).</summary>
    public static Task<TestDrover> StartTlsAsync(params string[] extraArgs) => StartAsync("https", extraArgs);

    private static async Task<TestDrover> StartAsync(string scheme, string[] extraArgs)
    {
        if (Postgres.IsDefault && !extraArgs.Contains("--database"))
            extraArgs = [.. extraArgs, "--database", await Postgres.CreateDatabaseAsync()];
        var dir = Directory.CreateTempSubdirectory("drover-it-").FullName;
        var d = new TestDrover(dir, FreePort.Next(), FreePort.Next(), extraArgs, scheme);
        await d.app.StartAsync();
        return d;
    }

    /// <summary>
    /// Starts an agent serving one host (or <paramref name="simulate"/> hosts) and waits until the server lists it ONLINE.
    /// <paramref name="server"/>: the address it dials instead of the server's (a proxy standing for the network).
    /// <paramref name="configure"/> changes its options last; <paramref name="logs"/> hears it instead of the console;
    /// <paramref name="waitOnline"/> false returns as soon as it runs (for agents that must never come ONLINE).
    /// </summary>
    public async Task<IReadOnlyList<string>> StartAgentAsync(string resourceId, int simulate = 0, IReadOnlyList<string>? allowedUsers = null,
        string? journalDir = null, string? server = null, Action<AgentOptions>? configure = null, ILoggerFactory? logs = null,
        bool waitOnline = true)
    {
        var options = new AgentOptions
        {
            Server = server ?? AgentUrl, EnrollToken = await EnrollmentTokenAsync(Math.Max(simulate, 1)), ResourceId = resourceId, RegionId = "local", Simulate = simulate,
            JournalDirectory = journalDir ?? Path.Combine(DataDir, "agent-journal"),
            AllowedUsers = allowedUsers ?? [],
            KillGracePeriod = TimeSpan.FromSeconds(2),
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(100), ReconnectMaxDelay = TimeSpan.FromSeconds(1),
            OutputFlushInterval = TimeSpan.FromMilliseconds(50),
        };
        configure?.Invoke(options);
        var host = new AgentHost(options, logs ?? agentLogs);
        var stop = new CancellationTokenSource();
        agents.Add((stop, Task.Run(() => host.RunAsync(stop.Token))));
        var ids = host.ResourceIds;
        if (!waitOnline) return ids;
        await WaitUntilAsync(async () =>
        {
            var online = await GetDataAsync($"/v1/agents?status=ONLINE&limit=100");
            var have = online["data"]!.AsArray().Select(a => a!["resource_id"]!.GetValue<string>()).ToHashSet();
            return ids.All(have.Contains);
        }, TimeSpan.FromSeconds(20), $"agents {string.Join(",", ids)} to come ONLINE");
        return ids;
    }

    public async Task StopAgentsAsync()
    {
        foreach (var (stop, run) in agents)
        {
            await stop.CancelAsync();
            try { await run.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { /* already reported by the agent's own log */ }
        }
        agents.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAgentsAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        Api.Dispose();
        agentLogs.Dispose();
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
