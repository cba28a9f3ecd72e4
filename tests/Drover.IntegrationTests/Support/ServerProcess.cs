using System.Diagnostics;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// The Drover server as a real OS process (the Drover.Server.dll next to the tests), so a test can kill it with
/// SIGKILL at any moment and start it again on the same data directory and ports.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly string dataDir;
    private readonly string[] extraArgs;
    private Process? process;

    /// <param name="extraArgs">More command-line switches (configuration) for every start.</param>
    public ServerProcess(string dataDir, params string[] extraArgs)
    {
        this.dataDir = dataDir;
        this.extraArgs = extraArgs;
        ApiUrl = $"http://127.0.0.1:{FreePort.Next()}";
        AgentUrl = $"http://127.0.0.1:{FreePort.Next()}";
        ClusterPort = FreePort.Next();
    }

    /// <summary>Silo to silo: its own port, kept across restarts like the others.</summary>
    public int ClusterPort { get; }

    public string ApiUrl { get; }
    public string AgentUrl { get; }

    public int Pid => process?.Id ?? 0;

    /// <summary>The server's database: empty for SQLite under the data directory (or, in a PostgreSQL run, created on first start).</summary>
    public string? Database { get; set; }

    /// <summary>Where the server process starts (default: the tests' folder).</summary>
    public string? WorkingDirectory { get; set; }

    /// <summary>The bootstrap admin secret, handed over in DROVER_ADMIN_TOKEN; null: none (the server uses or makes its data dir's).</summary>
    public string? AdminToken { get; set; } = TestDrover.Token;

    /// <summary>More command-line arguments (e.g. <c>--replica-name a</c>).</summary>
    public IReadOnlyList<string> ExtraArgs { get; set; } = [];

    public async Task StartAsync()
    {
        if (Database is null && Postgres.IsDefault) Database = await Postgres.CreateDatabaseAsync();
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "Drover.Server.dll"), "--listen", ApiUrl, "--agent-listen", AgentUrl,
            "--data-dir", dataDir, "--cluster-port", ClusterPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default=Warning",
            .. extraArgs, .. Database is null ? [] : new[] { "--database", Database }, .. ExtraArgs,
        ];
        // DROVER_TEST_SERVER_LOGS=dir keeps each server's whole output (every restart appended) in dir, named by its port.
        if (Environment.GetEnvironmentVariable("DROVER_TEST_SERVER_LOGS") is { Length: > 0 } logs)
        {
            Directory.CreateDirectory(logs);
            output.CopyTo = Path.Combine(logs, $"server-{new Uri(ApiUrl).Port}.log");
            output.Add($"--- start: {string.Join(' ', args.Skip(1))}");
            args = [.. args, "--Logging:LogLevel:Drover=Information"];
        }
        process = output.StartDotnet(args, "the server",
            AdminToken is null ? null : new Dictionary<string, string> { ["DROVER_ADMIN_TOKEN"] = AdminToken }, WorkingDirectory);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // A bound, not a pause: on a loaded machine (CPU burners beside the suite) a start took over 60 s, most of it the silo's.
        await TestDrover.WaitUntilAsync(async () =>
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}: {Output}");
            try { return (await http.GetAsync($"{ApiUrl}/healthz")).IsSuccessStatusCode; }
            catch (HttpRequestException) { return false; }
            catch (TaskCanceledException) { return false; }
        }, TimeSpan.FromSeconds(180), "the server to answer /healthz");
    }

    /// <summary>kill -9: no shutdown, no flush, nothing the server can do about it.</summary>
    public void KillHard()
    {
        if (process is null || process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    private readonly ProcessOutput output = new();
    public string Output => output.Last(50);

    /// <summary>All it has written so far (stdout and stderr).</summary>
    public string AllOutput => output.All();

    public void Dispose()
    {
        KillHard();
        process?.Dispose();
    }
}
