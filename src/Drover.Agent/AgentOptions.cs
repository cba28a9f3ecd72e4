namespace Drover.Agent;

/// <summary>Everything an agent needs to know; the command line fills it, tests set it directly.</summary>
public sealed class AgentOptions
{
    /// <summary>The server's gRPC address, e.g. <c>http://127.0.0.1:8081</c> (HTTP/2 cleartext) or https.</summary>
    public string Server { get; set; } = "";

    /// <summary>
    /// Traded once per host for the host's own credential (AgentGateway.Enroll), which is then kept in the journal
    /// directory; not needed once every host has one. Never logged.
    /// </summary>
    public string EnrollToken { get; set; } = "";

    /// <summary>PEM file of the CA certificate(s) the server's certificate must chain to (https only).</summary>
    public string? ServerCaFile { get; set; }

    /// <summary>The SHA-256 fingerprint of the one certificate the server may present (https only); hex, colons optional.</summary>
    public string? ServerFingerprint { get; set; }

    /// <summary>The host's identity; with <see cref="Simulate"/> the hosts are <c>ResourceId-1..N</c>.</summary>
    public string ResourceId { get; set; } = DefaultResourceId();

    public string RegionId { get; set; } = "local";

    /// <summary>Informational only: a host's project is the one its credential was issued for.</summary>
    public string ProjectId { get; set; } = "default";

    /// <summary>Root of the journals: each host keeps <c>&lt;dir&gt;/&lt;resource_id&gt;/journal.jsonl</c>.</summary>
    public string JournalDirectory { get; set; } = DefaultJournalDirectory();

    /// <summary>
    /// Where the journal lives unless told: <c>/var/lib/drover-agent</c> for root, else the user's state directory
    /// (<c>$XDG_STATE_HOME/drover-agent</c>, or <c>~/.local/state/drover-agent</c>). Never relative to wherever the agent
    /// happens to be started.
    /// </summary>
    public static string DefaultJournalDirectory()
    {
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "drover-agent");
        if (Running.Libc.IsRoot) return "/var/lib/drover-agent";
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        return string.IsNullOrEmpty(state)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state", "drover-agent")
            : Path.Combine(state, "drover-agent");
    }

    /// <summary>0: serve this machine as one host. N &gt; 0: serve N simulated hosts, each with its own stream and journal.</summary>
    public int Simulate { get; set; }

    /// <summary>Empty: any user the agent can run as. Otherwise only these.</summary>
    public IReadOnlyList<string> AllowedUsers { get; set; } = [];

    /// <summary>Between SIGTERM and SIGKILL when a task is killed or times out.</summary>
    public TimeSpan KillGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long small writes are coalesced before they are sent as one chunk.</summary>
    public TimeSpan OutputFlushInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public int OutputChunkBytes { get; set; } = 16 * 1024;

    /// <summary>How long to wait for the output to close after the script exits, if a background child it left holds it.</summary>
    public TimeSpan OutputDrainAfterExit { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Where per-task script files go; null: the system temp directory.</summary>
    public string? ScratchDirectory { get; set; }

    /// <summary>How many acknowledged dispatch ids each journal keeps to recognise late duplicates.</summary>
    public int JournalKeepAcked { get; set; } = 10_000;

    /// <summary>
    /// Optional transport for the gRPC channel (tests: an in-memory test server's handler). Null: a
    /// SocketsHttpHandler with HTTP/2 keep-alive pings, so a dead connection is noticed.
    /// </summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>The resource ids this agent serves.</summary>
    public IReadOnlyList<string> HostResourceIds() =>
        Simulate > 0 ? Enumerable.Range(1, Simulate).Select(i => $"{ResourceId}-{i}").ToList() : [ResourceId];

    /// <summary>The machine id (stable across reboots and renames), else the host name.</summary>
    public static string DefaultResourceId()
    {
        foreach (var path in new[] { "/etc/machine-id", "/var/lib/dbus/machine-id" })
        {
            try
            {
                var id = File.Exists(path) ? File.ReadAllText(path).Trim() : "";
                if (id.Length > 0)
                {
                    return id;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        return Environment.MachineName;
    }
}
