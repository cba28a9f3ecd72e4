using Drover.IntegrationTests.Security.Agents;
using Drover.Protocol;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;

namespace Drover.IntegrationTests.Agents.Limits;

/// <summary>What the tests of the server's limits on agents need: a fake agent's task, and the output as stored.</summary>
public static class LimitsKit
{
    /// <summary>
    /// The sequence numbers the server keeps for its own chunks of an attempt (closed, truncated: docs/semantics.md),
    /// written out rather than taken from the server, so these tests also build, and fail, against a server without them.
    /// </summary>
    public const long FirstServerSeq = long.MaxValue - 1, TruncatedSeq = long.MaxValue;

    /// <summary>The marker that ends the output of an attempt the server cut at <paramref name="cap"/> bytes.</summary>
    public static string TruncatedMarker(long cap) => $"\n[... output truncated: the server keeps at most {cap} bytes per attempt ...]\n";

    /// <summary>The next task the server sends the fake agent (other messages are skipped; all stay in Received).</summary>
    public static async Task<RunTask> RunAsync(this FakeAgent agent)
    {
        while (true)
        {
            var m = await agent.NextAsync();
            if (m.BodyCase == ServerMessage.BodyOneofCase.Run) return m.Run;
        }
    }

    /// <summary>Tells the server the task started, and waits until the server has handled it (a heartbeat answered after it).</summary>
    public static async Task AcceptAsync(this FakeAgent agent, string dispatchId)
    {
        await agent.SendAsync(new AgentMessage { Accepted = new TaskAccepted { DispatchId = dispatchId, StartedAtMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() } });
        await agent.ShouldBeServedAsync();
    }

    public static Task SendOutputAsync(this FakeAgent agent, string dispatchId, long seq, byte[] data) =>
        agent.SendAsync(new AgentMessage { Output = new OutputChunk { DispatchId = dispatchId, Seq = seq, Data = Google.Protobuf.ByteString.CopyFrom(data) } });

    /// <summary>Reports the task exited 0, and waits for the server's acknowledgement of the result.</summary>
    public static async Task FinishAsync(this FakeAgent agent, string dispatchId, int chunks)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await agent.SendAsync(new AgentMessage
        {
            Result = new TaskResult { DispatchId = dispatchId, Outcome = TaskOutcome.Exited, ExitCode = 0, StartedAtMs = now, FinishedAtMs = now, ChunkCount = chunks },
        });
        while (true)
        {
            var m = await agent.NextAsync();
            if (m.BodyCase == ServerMessage.BodyOneofCase.ResultAck && m.ResultAck.DispatchId == dispatchId) return;
        }
    }

    /// <summary>The instance a dispatch id names (<c>execute_uuid.instance_id.attempt</c>).</summary>
    public static long InstanceOf(string dispatchId) => long.Parse(dispatchId.Split('.')[^2]);

    /// <summary>Every chunk stored for the instance, in order, as (seq, data).</summary>
    public static async Task<List<(long Seq, byte[] Data)>> ChunksAsync(this TestDrover d, long instanceId)
    {
        await using var db = await d.Db().CreateDbContextAsync();
        var rows = await db.OutputChunks.AsNoTracking().Where(c => c.InstanceId == instanceId).OrderBy(c => c.Seq)
            .Select(c => new { c.Seq, c.Data }).ToListAsync();
        return rows.Select(r => (r.Seq, r.Data)).ToList();
    }

    /// <summary>The bytes the host sent that the server kept (the server's own marker chunks left out).</summary>
    public static async Task<byte[]> KeptAsync(this TestDrover d, long instanceId) =>
        (await d.ChunksAsync(instanceId)).Where(c => c.Seq < FirstServerSeq).SelectMany(c => c.Data).ToArray();
}

/// <summary>
/// A Drover server as a process of its own, with no agents: a fake agent dials it, and the test kills and restarts it.
/// </summary>
public sealed class RestartableDrover : DroverClient, IDisposable
{
    private readonly string dir;
    private readonly ServerProcess server;

    private RestartableDrover(string dir, ServerProcess server) : base(server.ApiUrl)
    {
        this.dir = dir;
        this.server = server;
    }

    public string AgentUrl => server.AgentUrl;
    public string ServerOutput => server.Output;

    /// <summary>The server process's id (its memory is read from /proc).</summary>
    public int ServerPid => server.Pid;

    public static async Task<RestartableDrover> StartAsync(params string[] serverArgs)
    {
        var dir = Directory.CreateTempSubdirectory("drover-limits-").FullName;
        var d = new RestartableDrover(dir, new ServerProcess(Path.Combine(dir, "data"), serverArgs));
        try
        {
            await d.server.StartAsync();
            return d;
        }
        catch
        {
            d.Dispose();
            throw;
        }
    }

    /// <summary>kill -9, then a start on the same data directory and ports.</summary>
    public async Task KillAndRestartAsync()
    {
        server.KillHard();
        await server.StartAsync();
    }

    /// <summary>Enrolls one host (region local) with a fresh one-use token and answers its credential.</summary>
    public async Task<string> CredentialAsync(string resourceId)
    {
        var token = await EnrollmentTokenAsync(1);
        using var channel = GrpcChannel.ForAddress(AgentUrl);
        var request = new EnrollRequest { EnrollmentToken = token };
        request.Hosts.Add(new EnrollHost { ResourceId = resourceId, RegionId = "local" });
        var reply = await new AgentGateway.AgentGatewayClient(channel).EnrollAsync(request, deadline: DateTime.UtcNow + AgentKit.Patience);
        return reply.Credentials.Single().Credential;
    }

    public void Dispose()
    {
        server.Dispose();
        Api.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
