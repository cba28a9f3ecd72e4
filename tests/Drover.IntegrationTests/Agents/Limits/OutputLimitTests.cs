using System.Text;
using Drover.IntegrationTests.Security.Agents;

namespace Drover.IntegrationTests.Agents.Limits;

/// <summary>
/// The server keeps at most <c>Drover:Limits:MaxOutputBytes</c> of output per attempt, whatever an agent sends (a real
/// agent stops at the cap it is given; these agents do not), and marks the attempt truncated. And an attempt whose
/// result the agent has reported takes no more output, on that stream or on a later one.
/// </summary>
public sealed class OutputLimitTests
{
    private const int Cap = 1024 * 1024, Chunk = 16 * 1024;

    [Fact]
    public async Task An_agent_sending_25_MB_for_a_1_MB_cap_has_1_MB_stored_and_the_attempt_marked_truncated()
    {
        await using var d = await TestDrover.StartAsync($"--Drover:Limits:MaxOutputBytes={Cap}");
        var rid = d.Prefix + "-flood";
        await using var agent = await FakeAgent.WelcomedAsync(d, await d.EnrolledCredentialAsync(rid), rid);
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("yes"), [[rid]]);
        var run = await agent.RunAsync();
        run.MaxOutputBytes.ShouldBe(Cap, "the agent is told the cap");
        await agent.AcceptAsync(run.DispatchId);

        // 25 MB in 16 KB chunks, each chunk's lines saying where they are.
        const int chunks = 25 * Cap / Chunk;
        for (var seq = 0; seq < chunks; seq++) await agent.SendOutputAsync(run.DispatchId, seq, ChunkOf(seq));
        await agent.FinishAsync(run.DispatchId, chunks);
        await d.WaitForStatusAsync(uuid, "FINISHED");

        var instance = LimitsKit.InstanceOf(run.DispatchId);
        var kept = await d.KeptAsync(instance);
        kept.Length.ShouldBe(Cap, "the server keeps the cap, no more (and no less of what came first)");
        kept.ShouldBe(Enumerable.Range(0, Cap / Chunk).SelectMany(ChunkOf).ToArray(), "the head of the output is what is kept");
        var marker = LimitsKit.TruncatedMarker(Cap);
        var all = await d.ChunksAsync(instance);
        all.Sum(c => (long)c.Data.Length).ShouldBeLessThanOrEqualTo(Cap + marker.Length, "everything stored for the attempt");
        Encoding.UTF8.GetString(all.Single(c => c.Seq == LimitsKit.TruncatedSeq).Data).ShouldBe(marker);
        // The API shows it: the message ends with the marker (the message's own cap keeps head and tail).
        var host = await d.HostAsync(uuid, rid);
        host.Status().ShouldBe("FINISHED");
        host.Message().ShouldEndWith(marker);
        host.Message().ShouldContain("[... output truncated: the server keeps at most 1048576 bytes per attempt ...]");
    }

    [Fact]
    public async Task Output_sent_after_the_result_is_not_stored_on_the_same_stream_nor_on_a_later_one()
    {
        await using var d = await TestDrover.StartAsync();
        var rid = d.Prefix + "-late";
        var credential = await d.EnrolledCredentialAsync(rid);
        string uuid, dispatchId;
        await using (var agent = await FakeAgent.WelcomedAsync(d, credential, rid))
        {
            uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo before"), [[rid]]);
            dispatchId = (await agent.RunAsync()).DispatchId;
            await agent.AcceptAsync(dispatchId);
            await agent.SendOutputAsync(dispatchId, 0, "before\n"u8.ToArray());
            await agent.FinishAsync(dispatchId, 1);
            await d.WaitForStatusAsync(uuid, "FINISHED");
            (await d.HostAsync(uuid, rid)).Message().ShouldBe("before\n");

            // The same stream goes on talking about the ended attempt.
            await agent.SendOutputAsync(dispatchId, 1, "after the result\n"u8.ToArray());
            await agent.SendOutputAsync(dispatchId, 2, "more after the result\n"u8.ToArray());
            await agent.ShouldBeServedAsync();
        }
        // And again from a new stream (which knows nothing of the first one).
        await using (var again = await FakeAgent.WelcomedAsync(d, credential, rid))
        {
            await again.SendOutputAsync(dispatchId, 3, "after a reconnect\n"u8.ToArray());
            await again.ShouldBeServedAsync();
        }

        var instance = LimitsKit.InstanceOf(dispatchId);
        Encoding.UTF8.GetString(await d.KeptAsync(instance)).ShouldBe("before\n");
        var host = await d.HostAsync(uuid, rid);
        host.Status().ShouldBe("FINISHED");
        host.Message().ShouldBe("before\n");
    }

    private static byte[] ChunkOf(int seq)
    {
        var line = Encoding.ASCII.GetBytes($"chunk {seq:D6} ");
        var data = new byte[Chunk];
        for (var i = 0; i < Chunk; i++) data[i] = i % 64 == 63 ? (byte)'\n' : line[i % 64 % line.Length];
        return data;
    }
}
