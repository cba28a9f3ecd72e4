using Drover.Agent.Connection;
using Drover.Agent.Journal;
using Drover.Agent.Running;
using Drover.Protocol;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace Drover.Agent;

/// <summary>
/// A running agent: one session (stream, journal, tasks) per host it serves. Stopping it closes the
/// streams but leaves running scripts alone, each under its supervisor; a later agent on the same journal
/// picks them up and reports how they ended.
/// </summary>
public sealed class AgentHost
{
    private readonly AgentOptions _options;
    private readonly ILoggerFactory _loggers;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lazy<string> _supervisorScript;
    private readonly Protocol.Tls.ServerCertificateTrust? _trust;

    public AgentHost(AgentOptions options, ILoggerFactory loggerFactory) : this(options, loggerFactory, TimeProvider.System)
    {
    }

    internal AgentHost(AgentOptions options, ILoggerFactory loggerFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (!Uri.TryCreate(options.Server, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"server must be an http:// or https:// address, not '{options.Server}'");
        }
        if (string.IsNullOrWhiteSpace(options.ResourceId))
        {
            throw new ArgumentException("resource id must not be empty");
        }
        if (options.Simulate < 0)
        {
            throw new ArgumentException("simulate must be 0 or more");
        }
        // Before anything else runs: a bad trust option is a start-up error, not a reconnect loop.
        _trust = ServerTrust.For(options);
        _options = options;
        _loggers = loggerFactory;
        _time = time;
        _logger = loggerFactory.CreateLogger("Drover.Agent");
        _supervisorScript = new(() => SupervisorScript.Install(options.JournalDirectory));
    }

    /// <summary>The resource ids this agent serves (one, or ID-1..ID-N when simulating).</summary>
    public IReadOnlyList<string> ResourceIds => _options.HostResourceIds();

    /// <summary>Runs until <paramref name="stopping"/> is cancelled; completes normally then.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var ids = ResourceIds;
        var policy = RunAsPolicy.ForThisProcess(_options.AllowedUsers);
        _logger.LogInformation("Drover agent serving {Count} host(s) as user {User}, server {Server}, journal {Journal}",
            ids.Count, policy.AgentUser, _options.Server, Path.GetFullPath(_options.JournalDirectory));

        // First: the journal root must be safe before anything (credentials, task files) is put in it.
        var store = CredentialStore.Open(_options.JournalDirectory, _loggers.CreateLogger("Drover.Agent.Journal"));
        var hosts = new List<HostTasks>();
        try
        {
            foreach (var id in ids)
            {
                hosts.Add(OpenHost(id, policy));
            }
            using var channel = GrpcChannel.ForAddress(_options.Server, new GrpcChannelOptions
            {
                HttpHandler = _options.HttpHandler ?? DefaultHandler(),
                DisposeHttpClient = _options.HttpHandler is null,
            });
            var client = new AgentGateway.AgentGatewayClient(channel);
            // Each host is locked (its journal is open) before it is enrolled, so two agents cannot enroll it at once.
            IReadOnlyDictionary<string, StoredCredential> credentials;
            try
            {
                credentials = await new Enrollment(client, store, _options.EnrollToken, _options.RegionId, NewBackoff(), _time,
                    _loggers.CreateLogger("Drover.Agent.Enrollment")).EnsureAsync(ids, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            var facts = HostFacts.OfThisMachine();
            var sessions = hosts.Select(h => new HostSession(client, h, facts, credentials[h.ResourceId], store.PathFor(h.ResourceId),
                new ReconnectBackoff(_options.ReconnectBaseDelay, _options.ReconnectMaxDelay, Random.Shared), _time,
                _loggers.CreateLogger("Drover.Agent.Session")).RunAsync(stopping));
            await Task.WhenAll(sessions);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
            _logger.LogInformation("Drover agent stopped");
        }
    }

    private ReconnectBackoff NewBackoff() => new(_options.ReconnectBaseDelay, _options.ReconnectMaxDelay, Random.Shared);

    internal HostTasks OpenHost(string resourceId, RunAsPolicy policy)
    {
        var folder = Path.Combine(_options.JournalDirectory, SafeFileName.For(resourceId));
        // The host's folder holds its credential, task parameters and unmasked output: the agent's user only.
        PrivateDirectory.Ensure(folder, _loggers.CreateLogger("Drover.Agent.Journal"));
        var spool = new OutputSpool(Path.Combine(folder, "output"));
        var tasks = new TaskFolders(Path.Combine(folder, "tasks"));
        var journal = DispatchJournal.Open(folder, _options.JournalKeepAcked, _loggers.CreateLogger("Drover.Agent.Journal"));
        var settings = new RunSettings
        {
            KillGracePeriod = _options.KillGracePeriod,
            OutputFlushInterval = _options.OutputFlushInterval,
            OutputChunkBytes = _options.OutputChunkBytes,
            OutputDrainAfterExit = _options.OutputDrainAfterExit,
            ScratchDirectory = _options.ScratchDirectory,
            ResourceId = resourceId,
            SupervisorScript = _supervisorScript.Value,
        };
        var runner = new TaskRunner(policy, settings, _time, _loggers.CreateLogger("Drover.Agent.Task"));
        return new HostTasks(resourceId, journal, spool, tasks, runner, _time,
            _loggers.CreateLogger("Drover.Agent.Host"));
    }

    private SocketsHttpHandler DefaultHandler() => new()
    {
        SslOptions = { RemoteCertificateValidationCallback = ServerTrust.Callback(_trust, _logger) },
        EnableMultipleHttp2Connections = true,
        KeepAlivePingDelay = TimeSpan.FromSeconds(30),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(15),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        ConnectTimeout = TimeSpan.FromSeconds(15),
    };
}
