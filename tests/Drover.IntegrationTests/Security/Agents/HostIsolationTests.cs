using System.Text;
using Drover.Protocol;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Drover.IntegrationTests.Security.Agents;

/// <summary>
/// An agent acts only for its own host. A fake agent with a perfectly valid credential of its own (host B) is sent
/// none of host A's work, and whatever it reports about A's dispatch (accepted, output, a result) changes nothing: A's
/// status, output and result come from A's real run alone.
/// </summary>
public sealed class HostIsolationTests
{
    [Fact]
    public async Task A_valid_agent_of_another_host_gets_none_of_its_tasks_and_cannot_forge_its_reports()
    {
        await using var d = await TestDrover.StartAsync();
        var a = (await d.StartAgentAsync(d.Prefix + "-a")).Single();
        var ofB = await d.EnrolledCredentialAsync(d.Prefix + "-b");
        await using var b = await FakeAgent.WelcomedAsync(d, ofB, d.Prefix + "-b");
        await b.ShouldBeServedAsync();
        using var gate = new Scratch(d.Prefix);
        // A's script waits for a gate, not a clock, so it is still running while B plays its part, however loaded the machine.
        var script = await d.CreateScriptAsync($"until [ -e {gate.Dir}/go ]; do sleep 0.1; done; echo real");

        var uuid = await d.ExecuteAsync(script, [[a]]);

        // A's dispatch id, as the server wrote it (an attacker might guess or sniff it; here it is simply read).
        string? dispatchId = null;
        long instanceId = 0;
        await TestDrover.WaitUntilAsync(async () =>
        {
            await using var db = await d.Db().CreateDbContextAsync();
            var row = await db.Instances.AsNoTracking().Where(i => i.ResourceId == a && i.DispatchId != null).FirstOrDefaultAsync();
            (dispatchId, instanceId) = (row?.DispatchId, row?.Id ?? 0);
            return dispatchId is not null;
        }, AgentKit.Patience, "A's dispatch to be written");

        // B claims A's dispatch: accepted, output (seq 0 and 1, so A's own chunk 0 would be the one dropped if B's
        // were taken), and a failed result, all before A's script has finished its sleep.
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await b.SendAsync(new AgentMessage { Accepted = new TaskAccepted { DispatchId = dispatchId, StartedAtMs = 1 } });
        await b.SendAsync(new AgentMessage { Output = new OutputChunk { DispatchId = dispatchId, Seq = 0, Data = ByteString.CopyFromUtf8("forged\n") } });
        await b.SendAsync(new AgentMessage { Output = new OutputChunk { DispatchId = dispatchId, Seq = 1, Data = ByteString.CopyFromUtf8("forged too\n") } });
        await b.SendAsync(new AgentMessage
        {
            Result = new TaskResult
            {
                DispatchId = dispatchId, Outcome = TaskOutcome.Exited, ExitCode = 97, Message = "forged result", StartedAtMs = 1,
                FinishedAtMs = now, ChunkCount = 2,
            },
        });
        await b.ShouldBeServedAsync(); // B's messages were all read (the stream handles them in order)
        // And B reconnects claiming A's dispatch as one it has open: the server may tell B to drop it, but sends A's
        // work to no one but A, and A's run goes on.
        await using var b2 = await FakeAgent.ConnectAsync(d, ofB, d.Prefix + "-b", h => h.OpenDispatchIds.Add(dispatchId));
        (await b2.NextAsync()).BodyCase.ShouldBe(ServerMessage.BodyOneofCase.Welcome);
        await b2.ShouldBeServedAsync();
        var during = await d.HostAsync(uuid, a);
        during.Status().ShouldBe("PROCESSING", during.ToJsonString());
        await File.WriteAllTextAsync(gate.PathOf("go"), "");

        var info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info.Status().ShouldBe("FINISHED");
        var host = await d.HostAsync(uuid, a);
        host.Status().ShouldBe("FINISHED", host.ToJsonString());
        host.ExitCode().ShouldBe(0);
        host.Message().ShouldBe("real\n");
        await using (var db = await d.Db().CreateDbContextAsync())
        {
            var chunks = await db.OutputChunks.AsNoTracking().Where(c => c.InstanceId == instanceId).OrderBy(c => c.Seq).ToListAsync();
            string.Concat(chunks.Select(c => Encoding.UTF8.GetString(c.Data))).ShouldBe("real\n");
            var row = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == instanceId);
            row.StartedAt.ShouldNotBe(1);
            row.ExitCode.ShouldBe(0);
            // No audit row names B as having reported on A's instance as if it counted.
            (await db.Audit.AsNoTracking().CountAsync(x => x.Action == "instance.late_result")).ShouldBe(0);
        }

        // B was sent none of A's work on either stream.
        foreach (var stream in new[] { b, b2 })
            stream.Received.ShouldNotContain(m => m.BodyCase == ServerMessage.BodyOneofCase.Run, string.Join(", ", stream.Received.Select(m => m.ToString())));
        b.Received.ShouldNotContain(m => m.BodyCase == ServerMessage.BodyOneofCase.Kill);
    }
}
