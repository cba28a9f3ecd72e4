using Drover.Protocol;
using Drover.Server.Agents.Identity;
using Drover.Server.Limits;
using Drover.Server.Output;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Drover.Server.Agents;

/// <summary>
/// The agents' end of the wire: one bidirectional stream per host. The first message must be Hello with a valid
/// token; then the server sends tasks and kills, and the agent sends heartbeats, output and results.
/// </summary>
public sealed class AgentGatewayService(
    AgentCredentials credentials,
    AgentEnrollment enrollment,
    AgentRefusals refusals,
    AgentSessions sessions,
    AgentRegistry registry,
    AgentAdmission admission,
    IAgentReports reports,
    AgentLinks links,
    LostAgents lost,
    OutputStore output,
    IOptions<AgentOptions> settings,
    IOptions<LimitsOptions> limits,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<AgentGatewayService> log) : AgentGateway.AgentGatewayBase
{
    public override async Task Connect(IAsyncStreamReader<AgentMessage> requests, IServerStreamWriter<ServerMessage> responses, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        if (!await HelloAsync(requests, context)) return;
        var hello = requests.Current.Hello;
        // Checking the credential reads the database: a reconnecting fleet takes turns for that too (or is told when to
        // come back). The turn is keyed by what the Hello claims; the credential then decides who the host is.
        var claimed = new HostKey(Printable(hello.ProjectId), Printable(hello.ResourceId), Printable(hello.RegionId));
        using var turn = await admission.EnterAsync(claimed, ct);
        var found = await credentials.FindAsync(hello.Token ?? "", ct);
        if (found is not { } owner)
        {
            log.LogWarning("Agent stream refused from {Source}: credential missing, unknown or revoked (hello.resource_id {Resource})",
                context.Peer, claimed.ResourceId);
            var refused = new RpcException(new Status(StatusCode.Unauthenticated, "agent credential missing, unknown or revoked: enroll the host (docs/security.md)"));
            await refusals.RecordAsync(Security.Access.ProjectScope.DefaultProject, "agent.connect", claimed.ResourceId, context.Peer, refused);
            throw refused;
        }
        var host = owner.Host;
        try
        {
            CheckHello(hello, host);
        }
        catch (RpcException e)
        {
            await refusals.RecordAsync(host.ProjectId, "agent.connect", host.ResourceId, context.Peer, e);
            throw;
        }

        var session = new AgentSession(host, owner.CredentialId, clock.GetUtcNow());
        if (sessions.HeldByAnother(host, owner.CredentialId)) await RefuseSecondCredentialAsync(host, context);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, session.Closed);
        Task writer = Task.CompletedTask;
        var attempts = new Dictionary<string, AttemptOutput>(StringComparer.Ordinal);
        var maxOutputBytes = limits.Value.MaxOutputBytes;
        try
        {
            session.Send(new ServerMessage { Welcome = new Welcome { SessionId = session.Id, HeartbeatSeconds = settings.Value.HeartbeatSeconds } });
            // Registered before it counts as connected: whoever sees the session sees the host's fresh row.
            session.Wrote(await registry.RegisterAsync(host, hello, ct));
            if (!sessions.Open(session)) await RefuseSecondCredentialAsync(host, context);
            await links.AttachAsync(session);
            // Welcome goes out only now, first in the session's queue: an agent that has it is registered and is sent any
            // dispatch from then on. Sent earlier, a ticket started on seeing it could find no agent yet and end the host
            // "agent offline" at once (a test saw its fake agent welcomed and then never sent the run).
            writer = WriteAsync(session, responses, linked.Token);
            log.LogInformation("Agent {Host} connected (session {Session}, {Version})", host, session.Id, hello.AgentVersion);
            await reports.ConnectedAsync(host, hello.OpenDispatchIds, ct);
            turn.Dispose(); // registered and recovered: the next agent's turn
            while (await requests.MoveNext(linked.Token))
            {
                var m = requests.Current;
                session.Heard(clock.GetUtcNow());
                switch (m.BodyCase)
                {
                    case AgentMessage.BodyOneofCase.Heartbeat:
                        session.Wrote(registry.Heartbeat(host));
                        // Attached anew (the host's grain moved with a dead server): it may have missed dispatches.
                        if (await links.AttachAsync(session)) await reports.ConnectedAsync(host, null, ct);
                        session.Send(new ServerMessage { HeartbeatAck = new HeartbeatAck { ServerTimeMs = clock.GetUtcNow().ToUnixTimeMilliseconds() } });
                        break;
                    case AgentMessage.BodyOneofCase.Accepted:
                        await reports.StartedAsync(host, m.Accepted, ct);
                        break;
                    case AgentMessage.BodyOneofCase.Output:
                        // Said once per attempt: an agent that floods past its cap must not flood the log too.
                        if (await OwnsAsync(host, m.Output.DispatchId, attempts, ct) is { } a
                            && await output.AppendAsync(a, m.Output.Seq, m.Output.Data.Memory, maxOutputBytes, ct) is { } refused
                            && a.Refusals == 1)
                            log.LogWarning("Agent {Host}: output chunk {Seq} of dispatch {DispatchId} not stored ({Reason}); the same goes for later ones",
                                host, m.Output.Seq, m.Output.DispatchId, refused);
                        break;
                    case AgentMessage.BodyOneofCase.Result:
                        if (await reports.EndedAsync(host, m.Result, ct))
                        {
                            // The agent has said how the attempt ended: what it sends for it after this is not its output.
                            if (await OwnsAsync(host, m.Result.DispatchId, attempts, ct) is { } ended) await output.CloseAsync(ended, ct);
                            session.Send(new ServerMessage { ResultAck = new ResultAck { DispatchId = m.Result.DispatchId } });
                        }
                        break;
                    case AgentMessage.BodyOneofCase.Hello:
                    case AgentMessage.BodyOneofCase.None:
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // The agent went away, or a newer session for the same host replaced this one, or its credential was revoked:
            // then the agent is told so (an OK end would read as "dial again").
            if (session.Revoked && !ct.IsCancellationRequested)
                throw new RpcException(new Status(StatusCode.Unauthenticated, "agent credential revoked: enroll the host again (docs/security.md)"));
        }
        catch (IOException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            // Streams closed because this server is stopping say nothing about the agents: they stay ONLINE within their
            // lease and reconnect to the restarted (or another) server.
            // A newer stream of the host may have opened (or registered) meanwhile: the agent dialled again before this one
            // was seen to end. It speaks for the host, and this one must not mark it OFFLINE (a storm left a connected host
            // OFFLINE): the write is conditional on no later registration or heartbeat.
            var wasCurrent = sessions.Close(session);
            if (wasCurrent && !lifetime.ApplicationStopping.IsCancellationRequested && !sessions.IsConnected(host))
            {
                await registry.MarkOfflineAsync(host, session.LastWrittenMs, CancellationToken.None);
                lost.Disconnected(host);
                log.LogInformation("Agent {Host} disconnected", host);
            }
            await links.DetachAsync(session);
            await linked.CancelAsync();
            try { await writer; } catch (OperationCanceledException) { }
        }
    }

    private static async Task WriteAsync(AgentSession session, IServerStreamWriter<ServerMessage> responses, CancellationToken ct)
    {
        await foreach (var m in session.Outbox.Reader.ReadAllAsync(ct))
            await responses.WriteAsync(m, ct);
    }

    /// <summary>
    /// The first message of a stream must be Hello, within <c>Drover:AgentHelloSeconds</c>: a stream that never sends it
    /// is closed rather than held. False when the peer ended the stream without a word.
    /// </summary>
    private async Task<bool> HelloAsync(IAsyncStreamReader<AgentMessage> requests, ServerCallContext context)
    {
        var wait = TimeSpan.FromSeconds(settings.Value.AgentHelloSeconds);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        deadline.CancelAfter(wait);
        try
        {
            if (!await requests.MoveNext(deadline.Token)) return false;
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            log.LogWarning("Agent stream from {Source} sent no hello within {Wait}: closed", context.Peer, wait);
            throw new RpcException(new Status(StatusCode.DeadlineExceeded, $"no hello within {wait.TotalSeconds:0.#} s: the first message must be hello"));
        }
        if (requests.Current.BodyCase != AgentMessage.BodyOneofCase.Hello)
            throw new RpcException(new Status(StatusCode.InvalidArgument, "the first message must be hello"));
        return true;
    }

    /// <summary>
    /// The attempt a dispatch names if it targets this host (an agent reports only its own work), remembered per session
    /// with how much of its output is stored.
    /// </summary>
    private async Task<AttemptOutput?> OwnsAsync(HostKey host, string dispatchId, Dictionary<string, AttemptOutput> attempts, CancellationToken ct)
    {
        if (attempts.TryGetValue(dispatchId, out var known)) return known;
        var mine = await reports.AttemptOfAsync(host, dispatchId, ct);
        if (mine is not { } d)
        {
            log.LogWarning("Agent {Host} reported on dispatch {DispatchId}, which is not its own; its output is dropped", host, dispatchId);
            return null;
        }
        var attempt = await output.OpenAsync(d.InstanceId, d.Attempt, ct);
        attempts[dispatchId] = attempt;
        return attempt;
    }

    /// <summary>The host is connected with another credential: this stream is refused and the first one stays.</summary>
    private async Task RefuseSecondCredentialAsync(HostKey host, ServerCallContext context)
    {
        log.LogWarning("Agent stream for {Host} refused: the host is connected with another credential", host);
        var refused = new RpcException(new Status(StatusCode.AlreadyExists, $"host {host.ResourceId} is connected with another credential"));
        await refusals.RecordAsync(host.ProjectId, "agent.connect", host.ResourceId, context.Peer, refused);
        throw refused;
    }

    public override async Task<EnrollReply> Enroll(EnrollRequest request, ServerCallContext context)
    {
        try
        {
            return await enrollment.EnrollAsync(request, context.Peer, context.CancellationToken);
        }
        catch (RpcException e)
        {
            var first = request.Hosts.Count > 0 ? request.Hosts[0].ResourceId : "";
            await refusals.RecordAsync(Security.Access.ProjectScope.DefaultProject, "agent.enroll", $"{request.Hosts.Count} host(s) from {first}", context.Peer, e);
            throw;
        }
    }

    /// <summary>A Hello that names a host, region or project other than its credential's is another host's claim: refused.</summary>
    private void CheckHello(Hello hello, HostKey host)
    {
        void Same(string said, string owned, string field)
        {
            if (said.Length == 0 || said == owned) return;
            log.LogWarning("Agent stream refused: credential of {Host} presented with hello.{Field} {Said}", host, field, Printable(said));
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"hello.{field}: this credential belongs to {field} {owned}, not {Printable(said)}"));
        }
        Same(hello.ResourceId, host.ResourceId, "resource_id");
        Same(hello.RegionId, host.RegionId, "region_id");
        Same(hello.ProjectId, host.ProjectId, "project_id");
    }

    /// <summary>Text from an unauthenticated peer, safe for a log line.</summary>
    private static string Printable(string s) => new(s.Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
