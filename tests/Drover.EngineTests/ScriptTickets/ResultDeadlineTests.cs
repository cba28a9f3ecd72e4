using Drover.Protocol;

namespace Drover.EngineTests.ScriptTickets;

/// <summary>
/// semantics "Hosts and agents": a started host with no result by its <c>timeout</c> plus <c>Drover:ResultGraceSeconds</c>
/// ends ABNORMAL, <c>timed out: no result from the agent</c>, and the agent is told to kill the task; the deadline counts
/// from the start the agent reported, and is kept when the ticket's writer is let go and loaded again.
/// </summary>
public sealed class ResultDeadlineTests
{
    private const int Timeout = 60, Grace = 5;
    private const string Note = "timed out: no result from the agent";

    [Fact]
    public async Task A_started_host_with_no_result_ends_ABNORMAL_at_its_timeout_plus_the_grace_and_not_before()
    {
        await using var d = await EngineDrover.StartAsync($"--Drover:ResultGraceSeconds={Grace}");
        await using var agent = await HostAgent.ConnectAsync(d, "mute");
        var (uuid, run) = await StartedMuteHostAsync(d, agent);
        run.TimeoutSeconds.ShouldBe(Timeout);
        var deadline = d.Clock.GetUtcNow() + TimeSpan.FromSeconds(Timeout + Grace);

        await JustBeforeAsync(d, uuid, deadline);
        agent.Drain().ShouldNotContain(m => m.BodyCase == ServerMessage.BodyOneofCase.Kill);
        await AtDeadlineAsync(d, uuid, deadline);
        var kill = await agent.KillAsync();
        (kill.DispatchId, kill.Reason).ShouldBe((run.DispatchId, Note));
    }

    [Fact]
    public async Task A_writer_let_go_and_loaded_again_keeps_the_deadline_from_the_reported_start()
    {
        await using var d = await EngineDrover.StartAsync($"--Drover:ResultGraceSeconds={Grace}");
        await using var agent = await HostAgent.ConnectAsync(d, "mute");
        var (uuid, run) = await StartedMuteHostAsync(d, agent);
        var deadline = d.Clock.GetUtcNow() + TimeSpan.FromSeconds(Timeout + Grace);

        // 40 s in, the writer goes (its timers with it), and is loaded again from what SQLite holds.
        d.Clock.Advance(TimeSpan.FromSeconds(40));
        await Activations.DeactivateAsync(d, await d.TicketGrainAsync(uuid));
        await d.SettledAsync(uuid);

        // The deadline is still the reported start's, 65 s: not 65 s from the reload.
        await JustBeforeAsync(d, uuid, deadline);
        await AtDeadlineAsync(d, uuid, deadline);
        (await agent.KillAsync()).DispatchId.ShouldBe(run.DispatchId);
    }

    [Fact]
    public async Task A_writer_loaded_again_after_its_deadline_passed_gives_the_host_the_full_grace_from_then()
    {
        await using var d = await EngineDrover.StartAsync($"--Drover:ResultGraceSeconds={Grace}");
        await using var agent = await HostAgent.ConnectAsync(d, "mute");
        var (uuid, _) = await StartedMuteHostAsync(d, agent);

        // The writer is not loaded while its deadline passes (as on a server that was down): no one could hear a result.
        await Activations.DeactivateAsync(d, await d.TicketGrainAsync(uuid));
        d.Clock.Advance(TimeSpan.FromSeconds(Timeout + Grace + 30));
        (await d.HostAsync(uuid, 1, "mute")).Str("status").ShouldBe("PROCESSING");
        await d.SettledAsync(uuid);
        var deadline = d.Clock.GetUtcNow() + TimeSpan.FromSeconds(Grace);

        await JustBeforeAsync(d, uuid, deadline);
        await AtDeadlineAsync(d, uuid, deadline);
    }

    /// <summary>A one-host ticket on the mute host, whose agent takes the task, reports it started, and says no more.</summary>
    private static async Task<(string Uuid, RunTask Run)> StartedMuteHostAsync(EngineDrover d, HostAgent agent)
    {
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo never run"), [["mute"]], timeout: Timeout);
        var run = await agent.RunAsync();
        await agent.AcceptAsync(run.DispatchId);
        await d.SettledAsync(uuid);
        return (uuid, run);
    }

    /// <summary>The clock to 1 ms before <paramref name="deadline"/>: nothing has moved yet.</summary>
    private static async Task JustBeforeAsync(EngineDrover d, string uuid, DateTimeOffset deadline)
    {
        d.Clock.Advance(deadline - d.Clock.GetUtcNow() - TimeSpan.FromMilliseconds(1));
        await d.SettledAsync(uuid);
        (await d.HostAsync(uuid, 1, "mute")).Str("status").ShouldBe("PROCESSING");
        (await d.TicketAsync(uuid)).Str("status").ShouldBe("PROCESSING");
    }

    /// <summary>The last millisecond: the host ends ABNORMAL with the note, finished exactly at the deadline, and the ticket with it.</summary>
    private static async Task AtDeadlineAsync(EngineDrover d, string uuid, DateTimeOffset deadline)
    {
        d.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var host = await d.WaitForHostAsync(uuid, 1, "mute", "ABNORMAL");
        host.Str("message").ShouldBe(Note);
        host["gmt_finished"]!.GetValue<long>().ShouldBe(deadline.ToUnixTimeMilliseconds());
        (await d.WaitForTicketAsync(uuid, "ABNORMAL")).Str("status").ShouldBe("ABNORMAL");
    }
}
