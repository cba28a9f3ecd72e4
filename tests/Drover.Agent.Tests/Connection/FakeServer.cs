using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Drover.Protocol;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Tests.Connection;

/// <summary>
/// A minimal AgentGateway over real HTTP/2 on loopback: enrolls hosts (one credential each), answers Hello with
/// Welcome (or rejects credentials it did not issue), records everything agents send, and lets a test push commands
/// or drop a host's stream.
/// </summary>
internal sealed class FakeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeServer(WebApplication app, Gateway gateway)
    {
        _app = app;
        State = gateway;
        Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string Address { get; }

    public Gateway State { get; }

    public static async Task<FakeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var gateway = new Gateway();
        builder.Services.AddSingleton(gateway);
        var app = builder.Build();
        app.MapGrpcService<GatewayService>();
        await app.StartAsync();
        return new FakeServer(app, gateway);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>What the test sees and controls.</summary>
    internal sealed class Gateway
    {
        public string EnrollToken { get; set; } = "enroll-token";
        public string ProjectId { get; set; } = "p-fake";
        /// <summary>Credentials issued, by resource id; Connect accepts only these.</summary>
        public ConcurrentDictionary<string, string> Issued { get; } = new();
        /// <summary>Every Enroll request, in order.</summary>
        public ConcurrentQueue<EnrollRequest> EnrollRequests { get; } = new();
        /// <summary>Set: every Enroll call fails with this status.</summary>
        public StatusCode? EnrollRefusal { get; set; }
        /// <summary>This many Enroll calls fail with UNAVAILABLE first.</summary>
        public int EnrollUnavailable;
        /// <summary>Set: every Hello is refused (UNAUTHENTICATED), as for a revoked credential.</summary>
        public volatile bool RefuseCredentials;
        public int HeartbeatSeconds { get; set; } = 1;
        public Channel<(string Host, AgentMessage Message)> Received { get; } = Channel.CreateUnbounded<(string, AgentMessage)>();
        public ConcurrentDictionary<string, Stream> Streams { get; } = new();
        public int Rejections;
    }

    /// <summary>One live agent stream.</summary>
    internal sealed class Stream(IServerStreamWriter<ServerMessage> writer)
    {
        private readonly SemaphoreSlim _writing = new(1, 1);
        public CancellationTokenSource Drop { get; } = new();

        public async Task SendAsync(ServerMessage message)
        {
            await _writing.WaitAsync();
            try
            {
                await writer.WriteAsync(message);
            }
            finally
            {
                _writing.Release();
            }
        }
    }

    private sealed class GatewayService(Gateway gateway) : AgentGateway.AgentGatewayBase
    {
        public override Task<EnrollReply> Enroll(EnrollRequest request, ServerCallContext context)
        {
            gateway.EnrollRequests.Enqueue(request);
            if (Interlocked.Decrement(ref gateway.EnrollUnavailable) >= 0)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, "not yet"));
            }
            if (gateway.EnrollRefusal is { } refusal)
            {
                throw new RpcException(new Status(refusal, "refused by the test"));
            }
            if (request.EnrollmentToken != gateway.EnrollToken)
            {
                throw new RpcException(new Status(StatusCode.Unauthenticated, "unknown enrollment token"));
            }
            var reply = new EnrollReply();
            foreach (var host in request.Hosts)
            {
                var credential = "cred-" + Guid.NewGuid().ToString("N");
                if (!gateway.Issued.TryAdd(host.ResourceId, credential))
                {
                    throw new RpcException(new Status(StatusCode.AlreadyExists, host.ResourceId));
                }
                reply.Credentials.Add(new HostCredential
                {
                    ResourceId = host.ResourceId, RegionId = host.RegionId, ProjectId = gateway.ProjectId, Credential = credential,
                });
            }
            return Task.FromResult(reply);
        }

        public override async Task Connect(IAsyncStreamReader<AgentMessage> requests, IServerStreamWriter<ServerMessage> responses,
            ServerCallContext context)
        {
            if (!await requests.MoveNext(context.CancellationToken) || requests.Current.Hello is not { } hello)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, "Hello first"));
            }
            await gateway.Received.Writer.WriteAsync((hello.ResourceId, requests.Current));
            if (gateway.RefuseCredentials || !gateway.Issued.TryGetValue(hello.ResourceId, out var issued) || hello.Token != issued)
            {
                Interlocked.Increment(ref gateway.Rejections);
                throw new RpcException(new Status(StatusCode.Unauthenticated, "bad token"));
            }
            var stream = new Stream(responses);
            await stream.SendAsync(new ServerMessage
            {
                Welcome = new Welcome { SessionId = Guid.NewGuid().ToString("N"), HeartbeatSeconds = gateway.HeartbeatSeconds },
            });
            gateway.Streams[hello.ResourceId] = stream;
            using var reading = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, stream.Drop.Token);
            try
            {
                while (await requests.MoveNext(reading.Token))
                {
                    await gateway.Received.Writer.WriteAsync((hello.ResourceId, requests.Current));
                }
            }
            catch (Exception) when (reading.IsCancellationRequested)
            {
            }
            catch (IOException)
            {
            }
            gateway.Streams.TryRemove(new KeyValuePair<string, Stream>(hello.ResourceId, stream));
        }
    }
}
