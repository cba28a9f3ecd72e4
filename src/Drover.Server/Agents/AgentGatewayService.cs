using Drover.Protocol;
using Drover.Server.Engine;
using Drover.Server.Hosting;
using Drover.Server.Output;
using Drover.Server.Security.Agents;
using Drover.Server.Storage;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
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
    HostReports reports,
    LostAgents lost,
    OutputStore output,
    IDbContextFactory<DroverDb> dbs,
    IOptions<ServerOptions> server,
    IOptions<LimitsOptions> limits,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<AgentGatewayService> log) : AgentGateway.AgentGatewayBase
{
    public override async Task Connect(IAsyncStreamReader<AgentMessage> requests, IServerStreamWriter<ServerMessage> responses, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        if (!await requests.MoveNext(ct)) return;
        if (requests.Current.BodyCase != AgentMessage.BodyOneofCase.Hello)
            throw new RpcException(new Status(StatusCode.InvalidArgument, "the first message must be hello"));
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

        var session = new AgentSession(host, owner.CredentialId);
        if (sessions.HeldByAnother(host, owner.CredentialId)) await RefuseSecondCredentialAsync(host, context);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, session.Closed);
        Task writer = Task.CompletedTask;
        var owned = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            session.Send(new ServerMessage { Welcome = new Welcome { SessionId = session.Id, HeartbeatSeconds = server.Value.HeartbeatSeconds } });
            writer = WriteAsync(session, responses, linked.Token);
            // Registered before it counts as connected: whoever sees the session sees the host's fresh row.
            await registry.RegisterAsync(host, hello, ct);
            if (!sessions.Open(session)) await RefuseSecondCredentialAsync(host, context);
            log.LogInformation("Agent {Host} connected (session {Session}, {Version})", host, session.Id, hello.AgentVersion);
            await reports.ConnectedAsync(host, hello.OpenDispatchIds, limits.Value.Effective().MaxOutputBytes, ct);
            turn.Dispose(); // registered and recovered: the next agent's turn
            while (await requests.MoveNext(linked.Token))
            {
                var m = requests.Current;
                switch (m.BodyCase)
                {
                    case AgentMessage.BodyOneofCase.Heartbeat:
                        await registry.HeartbeatAsync(host, ct);
                        session.Send(new ServerMessage { HeartbeatAck = new HeartbeatAck { ServerTimeMs = clock.GetUtcNow().ToUnixTimeMilliseconds() } });
                        break;
                    case AgentMessage.BodyOneofCase.Accepted:
                        await reports.StartedAsync(host, m.Accepted, ct);
                        break;
                    case AgentMessage.BodyOneofCase.Output:
                        if (await OwnsAsync(host, m.Output.DispatchId, owned, ct) is { } d)
                            await output.AppendAsync(d.InstanceId, d.Attempt, m.Output.Seq, m.Output.Data.ToByteArray(), ct);
                        break;
                    case AgentMessage.BodyOneofCase.Result:
                        if (await reports.EndedAsync(host, m.Result, ct))
                            session.Send(new ServerMessage { ResultAck = new ResultAck { DispatchId = m.Result.DispatchId } });
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
            if (sessions.Close(session) && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                await registry.MarkOfflineAsync(host, CancellationToken.None);
                lost.Disconnected(host);
                log.LogInformation("Agent {Host} disconnected", host);
            }
            await linked.CancelAsync();
            try { await writer; } catch (OperationCanceledException) { }
        }
    }

    private static async Task WriteAsync(AgentSession session, IServerStreamWriter<ServerMessage> responses, CancellationToken ct)
    {
        await foreach (var m in session.Outbox.Reader.ReadAllAsync(ct))
            await responses.WriteAsync(m, ct);
    }

    /// <summary>The dispatch if it targets this host (an agent reports only its own work), remembered per session.</summary>
    private async Task<DispatchRef?> OwnsAsync(HostKey host, string dispatchId, HashSet<string> owned, CancellationToken ct)
    {
        if (!DispatchRef.TryParse(dispatchId, out var d)) return null;
        if (owned.Contains(dispatchId)) return d;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var mine = await db.Instances.AsNoTracking()
            .Where(i => i.Id == d.InstanceId && i.ResourceId == host.ResourceId && i.RegionId == host.RegionId)
            .Join(db.Tickets.Where(t => t.ExecuteUuid == d.ExecuteUuid && t.ProjectId == host.ProjectId), i => i.TicketId, t => t.Id, (i, t) => i.Id)
            .AnyAsync(ct);
        if (!mine)
        {
            log.LogWarning("Agent {Host} sent output for dispatch {DispatchId}, which is not its own; dropped", host, dispatchId);
            return null;
        }
        owned.Add(dispatchId);
        return d;
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
