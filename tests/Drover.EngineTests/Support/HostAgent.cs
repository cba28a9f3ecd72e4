using System.Threading.Channels;
using Drover.Protocol;
using Drover.Server.Agents;
using Drover.Server.Tickets.Engine;
using Drover.Server.Agents.Identity;

namespace Drover.EngineTests.Support;

/// <summary>
/// One host's agent, in process: it connects the way the agent gateway connects a stream (registered, a session opened
/// here, attached to its host's grain, told what to run), reads what the server sends it, and reports through the
/// engine's own report path (<see cref="HostReports"/>). No gRPC and no process: these tests are about the engine's
/// rules of time; the real agent and its wire are the integration tests'.
/// </summary>
public sealed class HostAgent : IAsyncDisposable
{
    private readonly EngineDrover d;
    private readonly AgentSession session;
    private readonly string credential;
    private bool connected;

    public HostKey Host { get; }

    /// <summary>The server closed this host's stream (found it silent, or replaced it).</summary>
    public bool Closed => session.Closed.IsCancellationRequested;

    /// <summary>Everything the server sent this agent, in order.</summary>
    public List<ServerMessage> Received { get; } = [];

    private HostAgent(EngineDrover d, HostKey host, string credential, long credentialId)
    {
        (this.d, Host, this.credential) = (d, host, credential);
        session = new AgentSession(host, credentialId, d.Clock.GetUtcNow());
    }

    /// <summary>Enrolls the host (a credential of its own, which the server checks its streams against) and connects it.</summary>
    public static async Task<HostAgent> ConnectAsync(EngineDrover d, string resourceId)
    {
        var enrolled = await d.Service<AgentEnrollment>().EnrollAsync(new EnrollRequest
        {
            EnrollmentToken = await d.EnrollmentTokenAsync(), Hosts = { new EnrollHost { ResourceId = resourceId, RegionId = "local" } },
        }, null, CancellationToken.None);
        return await ConnectAsync(d, enrolled.Credentials.Single().Credential, []);
    }

    /// <summary>The same agent dialling again after its stream ended, saying which dispatches it still has open.</summary>
    public Task<HostAgent> ComeBackAsync(params string[] open) => ConnectAsync(d, credential, open);

    /// <summary>Connects as the gateway does on a Hello: registered, a session opened here, attached to its host's grain, recovered.</summary>
    private static async Task<HostAgent> ConnectAsync(EngineDrover d, string credential, string[] open)
    {
        var (host, credentialId) = (await d.Service<AgentCredentials>().FindAsync(credential, CancellationToken.None)).ShouldNotBeNull();
        var a = new HostAgent(d, host, credential, credentialId);
        var hello = new Hello
        {
            Token = credential, ResourceId = host.ResourceId, RegionId = host.RegionId, ProjectId = host.ProjectId, HostName = host.ResourceId,
            AgentVersion = "engine-test", OpenDispatchIds = { open },
        };
        a.session.Wrote(await d.Service<AgentRegistry>().RegisterAsync(a.Host, hello, CancellationToken.None));
        d.Service<AgentSessions>().Open(a.session).ShouldBeTrue();
        await d.Service<AgentLinks>().AttachAsync(a.session);
        a.connected = true;
        await d.Service<HostReports>().ConnectedAsync(a.Host, hello.OpenDispatchIds, CancellationToken.None);
        return a;
    }

    /// <summary>A heartbeat, now by the fake clock: the agent is heard, and its lease runs from here.</summary>
    public void Heartbeat()
    {
        session.Heard(d.Clock.GetUtcNow());
        session.Wrote(d.Service<AgentRegistry>().Heartbeat(Host));
    }

    /// <summary>The next task the server sends (within <see cref="EngineDrover.Patience"/>).</summary>
    public async Task<RunTask> RunAsync() => (await NextAsync(ServerMessage.BodyOneofCase.Run)).Run;

    /// <summary>The next kill the server sends.</summary>
    public async Task<KillTask> KillAsync() => (await NextAsync(ServerMessage.BodyOneofCase.Kill)).Kill;

    /// <summary>Takes what the server has sent so far, without waiting.</summary>
    public IReadOnlyList<ServerMessage> Drain()
    {
        while (session.Outbox.Reader.TryRead(out var m)) Received.Add(m);
        return Received;
    }

    private async Task<ServerMessage> NextAsync(ServerMessage.BodyOneofCase kind)
    {
        using var patience = new CancellationTokenSource(EngineDrover.Patience);
        while (true)
        {
            ServerMessage m;
            try
            {
                m = await session.Outbox.Reader.ReadAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{Host}: no {kind} within {EngineDrover.Patience.TotalSeconds} s (got: {string.Join(", ", Received.Select(r => r.BodyCase))})");
            }
            catch (ChannelClosedException)
            {
                throw new InvalidOperationException($"{Host}: the session was closed while waiting for {kind}");
            }
            Received.Add(m);
            if (m.BodyCase == kind) return m;
        }
    }

    /// <summary>Reports the task started now (by the fake clock).</summary>
    public Task AcceptAsync(string dispatchId) =>
        d.Service<HostReports>().StartedAsync(Host, new TaskAccepted { DispatchId = dispatchId, StartedAtMs = d.Clock.GetUtcNow().ToUnixTimeMilliseconds() },
            CancellationToken.None);

    /// <summary>Reports the task exited with <paramref name="exitCode"/>.</summary>
    public async Task ExitAsync(string dispatchId, int exitCode)
    {
        var now = d.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        (await d.Service<HostReports>().EndedAsync(Host, new TaskResult
        {
            DispatchId = dispatchId, Outcome = TaskOutcome.Exited, ExitCode = exitCode, FinishedAtMs = now,
        }, CancellationToken.None)).ShouldBeTrue();
    }

    /// <summary>The stream ends, as the gateway sees it end: the session closes, the host goes OFFLINE, its grace starts.</summary>
    public async Task DisconnectAsync()
    {
        if (!connected) return;
        connected = false;
        d.Service<AgentSessions>().Close(session).ShouldBeTrue();
        await d.Service<AgentRegistry>().MarkOfflineAsync(Host, session.LastWrittenMs, CancellationToken.None);
        d.Service<LostAgents>().Disconnected(Host);
        await d.Service<AgentLinks>().DetachAsync(session);
    }

    public async ValueTask DisposeAsync()
    {
        if (!connected) return;
        connected = false;
        d.Service<AgentSessions>().Close(session);
        await d.Service<AgentLinks>().DetachAsync(session);
    }
}
