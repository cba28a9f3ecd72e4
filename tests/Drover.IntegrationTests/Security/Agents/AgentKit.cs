using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Drover.IntegrationTests.Api;
using Drover.Protocol;
using Drover.Server.Storage;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drover.IntegrationTests.Security.Agents;

/// <summary>An enrollment as the admin got it: its id (to list or revoke it) and the token (shown only this once).</summary>
public sealed record Enrollment(string Id, string Token);

/// <summary>What the attacker tests need: enrollment and credential admin over REST, raw gRPC calls, the server's database.</summary>
public static class AgentKit
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task<Enrollment> CreateEnrollmentAsync(this TestDrover d, int maxUses, int expiresInSeconds = 3600, string? prefix = null)
    {
        var r = await d.Api.PostAsJsonAsync("/v1/iam/agent-enrollments",
            new { project_id = "default", expires_in_seconds = expiresInSeconds, max_uses = maxUses, resource_id_prefix = prefix });
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, text);
        var data = JsonNode.Parse(text)!["data"]!;
        return new Enrollment(data["id"]!.GetValue<string>(), data["token"]!.GetValue<string>());
    }

    /// <summary>The enrollment as the admin lists it (uses, status).</summary>
    public static async Task<JsonNode> EnrollmentAsync(this TestDrover d, string id)
    {
        var list = (await d.GetDataAsync("/v1/iam/agent-enrollments"))["data"]!;
        return list.AsArray().Single(e => e!["id"]!.GetValue<string>() == id)!;
    }

    /// <summary>The resource ids of the project's agent credentials, with their state (ACTIVE, REVOKED).</summary>
    public static async Task<Dictionary<string, string>> CredentialsAsync(this TestDrover d)
    {
        var list = (await d.GetDataAsync("/v1/iam/agent-credentials"))["data"]!;
        return list.AsArray().ToDictionary(c => c!["resource_id"]!.GetValue<string>(), c => c!["status"]?.GetValue<string>() ?? c!.ToJsonString());
    }

    public static async Task RevokeCredentialAsync(this TestDrover d, string resourceId) =>
        (await d.DeleteAsync($"/v1/iam/agent-credentials/{resourceId}")).Ok();

    /// <summary>The project's agents as <c>GET /v1/agents</c> shows them, by resource id.</summary>
    public static async Task<Dictionary<string, JsonNode>> AgentsAsync(this TestDrover d)
    {
        var list = (await d.GetDataAsync("/v1/agents?limit=100"))["data"]!;
        return list.AsArray().ToDictionary(a => a!["resource_id"]!.GetValue<string>(), a => a!);
    }

    public static AgentGateway.AgentGatewayClient Gateway(this TestDrover d, out GrpcChannel channel)
    {
        channel = GrpcChannel.ForAddress(d.AgentUrl);
        return new AgentGateway.AgentGatewayClient(channel);
    }

    /// <summary>One Enroll call for these hosts (region local), as an agent (or an attacker) makes it.</summary>
    public static async Task<EnrollReply> EnrollAsync(this TestDrover d, string token, params string[] resourceIds)
    {
        using var _ = new Disposer(out var client, d);
        var request = new EnrollRequest { EnrollmentToken = token };
        request.Hosts.AddRange(resourceIds.Select(r => new EnrollHost { ResourceId = r, RegionId = "local" }));
        return await client.EnrollAsync(request, deadline: DateTime.UtcNow + Patience);
    }

    /// <summary>Enrolls one host with a fresh one-use token and answers its credential.</summary>
    public static async Task<string> EnrolledCredentialAsync(this TestDrover d, string resourceId)
    {
        var e = await d.CreateEnrollmentAsync(1);
        var reply = await d.EnrollAsync(e.Token, resourceId);
        return reply.Credentials.Single().Credential;
    }

    /// <summary>The refusal an Enroll call gets (it must be refused).</summary>
    public static async Task<RpcException> EnrollRefusedAsync(this TestDrover d, string token, params string[] resourceIds)
    {
        var e = await Should.ThrowAsync<RpcException>(() => d.EnrollAsync(token, resourceIds));
        return e;
    }

    public static IDbContextFactory<DroverDb> Db(this TestDrover d) => d.Services.GetRequiredService<IDbContextFactory<DroverDb>>();

    private sealed class Disposer : IDisposable
    {
        private readonly GrpcChannel channel;
        public Disposer(out AgentGateway.AgentGatewayClient client, TestDrover d) => client = d.Gateway(out channel);
        public void Dispose() => channel.Dispose();
    }
}

/// <summary>
/// An agent speaking the wire by hand: the test decides every message it sends, and sees every message (and the final
/// status) the server answers. It is what an attacker holding some token, or a host's own credential, can do.
/// </summary>
public sealed class FakeAgent : IAsyncDisposable
{
    private readonly GrpcChannel channel;
    private readonly AsyncDuplexStreamingCall<AgentMessage, ServerMessage> call;
    private readonly Channel<ServerMessage> inbox = Channel.CreateUnbounded<ServerMessage>();
    private readonly List<ServerMessage> all = [];
    private readonly CancellationTokenSource stop = new();

    /// <summary>How the stream ended: null if the server ended it with OK, else its error status.</summary>
    public Task<RpcException?> Ended { get; }

    private FakeAgent(string url)
    {
        channel = GrpcChannel.ForAddress(url);
        call = new AgentGateway.AgentGatewayClient(channel).Connect(cancellationToken: stop.Token);
        Ended = Task.Run(ReadAsync);
    }

    public IReadOnlyList<ServerMessage> Received
    {
        get { lock (all) return all.ToList(); }
    }

    /// <summary>Opens a stream and sends Hello with <paramref name="token"/> for <paramref name="resourceId"/> (region local).</summary>
    public static Task<FakeAgent> ConnectAsync(TestDrover d, string token, string resourceId, Action<Hello>? tweak = null) =>
        ConnectAsync(d.AgentUrl, token, resourceId, tweak);

    /// <summary>The same, to a server at <paramref name="agentUrl"/> (one running as a process of its own).</summary>
    public static async Task<FakeAgent> ConnectAsync(string agentUrl, string token, string resourceId, Action<Hello>? tweak = null)
    {
        var agent = new FakeAgent(agentUrl);
        var hello = new Hello
        {
            Token = token, ResourceId = resourceId, RegionId = "local", HostName = "fake-" + resourceId, Os = "linux",
            AgentVersion = "fake-1.0", AgentUser = "root",
        };
        tweak?.Invoke(hello);
        await agent.SendAsync(new AgentMessage { Hello = hello });
        return agent;
    }

    /// <summary>Connects and expects Welcome.</summary>
    public static async Task<FakeAgent> WelcomedAsync(TestDrover d, string token, string resourceId)
    {
        var agent = await ConnectAsync(d, token, resourceId);
        var first = await agent.NextAsync();
        first.BodyCase.ShouldBe(ServerMessage.BodyOneofCase.Welcome);
        return agent;
    }

    public async Task SendAsync(AgentMessage m) => await call.RequestStream.WriteAsync(m);

    /// <summary>The next message from the server; fails if the stream ends first or none comes in time.</summary>
    public async Task<ServerMessage> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? AgentKit.Patience);
        var read = inbox.Reader.ReadAsync(cts.Token).AsTask();
        var done = await Task.WhenAny(read, Ended);
        if (done == read) return await read;
        var e = await Ended;
        throw new InvalidOperationException($"the stream ended ({e?.Status.ToString() ?? "OK"}) before a message came");
    }

    /// <summary>Sends a heartbeat and waits for its ack: the stream is alive and served.</summary>
    public async Task ShouldBeServedAsync()
    {
        await SendAsync(new AgentMessage { Heartbeat = new Heartbeat { SentAtMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() } });
        while (true)
        {
            var m = await NextAsync();
            if (m.BodyCase == ServerMessage.BodyOneofCase.HeartbeatAck) return;
        }
    }

    /// <summary>The error the server ended the stream with (it must end with one, within <paramref name="timeout"/>).</summary>
    public async Task<RpcException> ShouldBeClosedWithErrorAsync(TimeSpan? timeout = null)
    {
        var e = await Ended.WaitAsync(timeout ?? AgentKit.Patience);
        e.ShouldNotBeNull("the server ended the stream with OK, not an error");
        return e;
    }

    private async Task<RpcException?> ReadAsync()
    {
        try
        {
            while (await call.ResponseStream.MoveNext(stop.Token))
            {
                lock (all) all.Add(call.ResponseStream.Current);
                inbox.Writer.TryWrite(call.ResponseStream.Current);
            }
            return null;
        }
        catch (RpcException e)
        {
            return e;
        }
        finally
        {
            inbox.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await Ended; } catch (Exception) { /* cancelled by us */ }
        call.Dispose();
        channel.Dispose();
        stop.Dispose();
    }
}
