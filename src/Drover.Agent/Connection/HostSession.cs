using System.Threading.Channels;
using Drover.Agent.Journal;
using Drover.Protocol;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Connection;

/// <summary>
/// One host's connection to the server: dial, Hello, Welcome, then heartbeats, server commands in and the
/// host's outbox out, over one bidirectional stream; on any failure, dial again after a jittered backoff.
/// </summary>
internal sealed class HostSession(
    AgentGateway.AgentGatewayClient client,
    HostTasks tasks,
    HostFacts facts,
    StoredCredential credential,
    string credentialFile,
    ReconnectBackoff backoff,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan DefaultHeartbeat = TimeSpan.FromSeconds(10);

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                await ConnectOnceAsync(stopping);
                if (stopping.IsCancellationRequested)
                {
                    break;
                }
                delay = backoff.Next();
                logger.LogWarning("Host {ResourceId}: the server closed the stream; reconnecting in {Delay:0.0} s",
                    tasks.ResourceId, delay.TotalSeconds);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied)
            {
                delay = backoff.Rejected();
                logger.LogError("Host {ResourceId}: the server refused this host's credential ({Status}: {Detail}); was it revoked? " +
                    "To re-enroll, remove {CredentialFile} and start the agent with a new enrollment token. Retrying in {Delay:0} s",
                    tasks.ResourceId, e.StatusCode, e.Status.Detail, credentialFile, delay.TotalSeconds);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
            {
                delay = backoff.Busy(GatewayTrailers.RetryAfterOf(e.Trailers));
                logger.LogInformation("Host {ResourceId}: the server is busy admitting agents; reconnecting in {Delay:0.0} s",
                    tasks.ResourceId, delay.TotalSeconds);
            }
            catch (Exception e)
            {
                delay = backoff.Next();
                logger.LogWarning("Host {ResourceId}: connection failed ({Error}); reconnecting in {Delay:0.0} s",
                    tasks.ResourceId, Describe(e), delay.TotalSeconds);
            }
            try
            {
                await Task.Delay(delay, time, stopping);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task ConnectOnceAsync(CancellationToken stopping)
    {
        // The call has its own token so that on shutdown the stream can be half-closed cleanly first.
        using var callEnd = new CancellationTokenSource();
        using var loopsEnd = new CancellationTokenSource();
        using var call = client.Connect(cancellationToken: callEnd.Token);
        Welcome welcome;
        using (stopping.Register(callEnd.Cancel))
        {
            await call.RequestStream.WriteAsync(
                new AgentMessage { Hello = facts.Hello(credential, tasks.OpenDispatchIds()) });
            if (!await call.ResponseStream.MoveNext(CancellationToken.None))
            {
                throw new IOException("the server closed the stream before Welcome");
            }
            welcome = call.ResponseStream.Current.Welcome
                ?? throw new IOException($"the server answered Hello with {call.ResponseStream.Current.BodyCase}, not Welcome");
        }
        backoff.Reset();
        var heartbeat = welcome.HeartbeatSeconds > 0 ? TimeSpan.FromSeconds(welcome.HeartbeatSeconds) : DefaultHeartbeat;
        logger.LogInformation("Host {ResourceId}: connected (session {SessionId}, heartbeat {Heartbeat} s)",
            tasks.ResourceId, welcome.SessionId, heartbeat.TotalSeconds);

        var queue = tasks.Connected();
        // gRPC allows one write at a time per stream; the outbox and the heartbeat share it.
        using var writing = new SemaphoreSlim(1, 1);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStop = stopping.Register(() => stopped.TrySetResult());
        var loops = new[]
        {
            ReadAsync(call.ResponseStream, loopsEnd.Token),
            WriteAsync(call.RequestStream, queue, writing, loopsEnd.Token),
            HeartbeatAsync(call.RequestStream, heartbeat, writing, loopsEnd.Token),
        };
        try
        {
            var ended = await Task.WhenAny(loops.Append(stopped.Task));
            if (ended == stopped.Task)
            {
                await CloseGracefullyAsync(call.RequestStream, writing);
                logger.LogInformation("Host {ResourceId}: disconnected (agent stopping)", tasks.ResourceId);
                return;
            }
            loopsEnd.Cancel();
            await ended; // rethrows what ended the session
        }
        finally
        {
            tasks.Disconnected(queue);
            loopsEnd.Cancel();
            callEnd.Cancel();
            await Task.WhenAll(loops.Select(l => l.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    private async Task ReadAsync(IAsyncStreamReader<ServerMessage> stream, CancellationToken ct)
    {
        while (await stream.MoveNext(ct))
        {
            var message = stream.Current;
            switch (message.BodyCase)
            {
                case ServerMessage.BodyOneofCase.Run:
                    logger.LogInformation("Host {ResourceId}: dispatch {DispatchId} ({Kind} as {User}, timeout {Timeout} s)",
                        tasks.ResourceId, message.Run.DispatchId, message.Run.Kind, message.Run.ExecuteUser, message.Run.TimeoutSeconds);
                    tasks.Run(message.Run);
                    break;
                case ServerMessage.BodyOneofCase.Kill:
                    logger.LogInformation("Host {ResourceId}: kill dispatch {DispatchId}", tasks.ResourceId, message.Kill.DispatchId);
                    tasks.Kill(message.Kill);
                    break;
                case ServerMessage.BodyOneofCase.ResultAck:
                    tasks.Ack(message.ResultAck);
                    break;
                case ServerMessage.BodyOneofCase.HeartbeatAck:
                    break;
                default:
                    logger.LogDebug("Host {ResourceId}: ignoring {Body}", tasks.ResourceId, message.BodyCase);
                    break;
            }
        }
        // The server ended the stream without an error status: still a lost session, so dial again.
        if (!ct.IsCancellationRequested)
        {
            throw new IOException("the server ended the stream");
        }
    }

    private async Task WriteAsync(IClientStreamWriter<AgentMessage> stream, ChannelReader<OutboxItem> queue,
        SemaphoreSlim writing, CancellationToken ct)
    {
        await foreach (var item in queue.ReadAllAsync(ct))
        {
            switch (item)
            {
                case OutboxMessage m:
                    await SendAsync(stream, m.Message, writing, ct);
                    tasks.Sent(queue, m);
                    break;
                case SpooledChunks s:
                    long seq = 0;
                    foreach (var data in tasks.Spool.Read(s.DispatchId, s.Count))
                    {
                        await SendAsync(stream, new AgentMessage
                        {
                            Output = new OutputChunk { DispatchId = s.DispatchId, Seq = seq++, Data = Google.Protobuf.ByteString.CopyFrom(data) },
                        }, writing, ct);
                    }
                    break;
            }
        }
    }

    private async Task HeartbeatAsync(IClientStreamWriter<AgentMessage> stream, TimeSpan interval, SemaphoreSlim writing,
        CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(ct))
        {
            await SendAsync(stream, new AgentMessage
            {
                Heartbeat = new Heartbeat { SentAtMs = time.GetUtcNow().ToUnixTimeMilliseconds() },
            }, writing, ct);
        }
    }

    private static async Task SendAsync(IClientStreamWriter<AgentMessage> stream, AgentMessage message, SemaphoreSlim writing,
        CancellationToken ct)
    {
        await writing.WaitAsync(ct);
        try
        {
            await stream.WriteAsync(message, ct);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>Half-closes the stream so the server sees a clean goodbye rather than a reset.</summary>
    private static async Task CloseGracefullyAsync(IClientStreamWriter<AgentMessage> stream, SemaphoreSlim writing)
    {
        try
        {
            // The lock is never released: nothing may write after the half-close.
            if (await writing.WaitAsync(TimeSpan.FromSeconds(1)))
            {
                await stream.CompleteAsync().WaitAsync(TimeSpan.FromSeconds(1));
            }
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or RpcException or IOException)
        {
        }
    }

    private static string Describe(Exception e) => e switch
    {
        RpcException r => $"{r.StatusCode}: {r.Status.Detail}",
        _ => e.GetBaseException().Message,
    };
}
