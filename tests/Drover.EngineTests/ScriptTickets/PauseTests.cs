using Drover.Protocol;

namespace Drover.EngineTests.ScriptTickets;

/// <summary>
/// semantics "Tickets", pausing: a PAUSED ticket starts nothing, however much time passes; <c>CONTINUE_ORDER</c> starts
/// its next batch.
/// </summary>
public sealed class PauseTests
{
    [Fact]
    public async Task A_paused_ticket_starts_nothing_however_long_it_waits_and_goes_on_with_CONTINUE()
    {
        await using var d = await EngineDrover.StartAsync();
        await using var first = await HostAgent.ConnectAsync(d, "first");
        await using var second = await HostAgent.ConnectAsync(d, "second");
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo hi"), [["first"], ["second"]], timeout: 60, rotations: ["PAUSE", "CONTINUE"]);
        var run = await first.RunAsync();
        await first.AcceptAsync(run.DispatchId);
        await first.ExitAsync(run.DispatchId, 0);

        var paused = await d.WaitForTicketAsync(uuid, "PAUSED");
        paused.CurrentBatch().ShouldBe(2);
        (await d.HostAsync(uuid, 1, "first")).Str("status").ShouldBe("FINISHED");

        // A day passes, the agents heartbeating: every timer the server has (sweeps, leases, waits, agent_lost_seconds)
        // comes due many times over. (Not a month: the heartbeat flush ticks every second, and each tick costs.)
        for (var hour = 0; hour < 24; hour++)
        {
            d.Clock.Advance(TimeSpan.FromHours(1));
            first.Heartbeat();
            second.Heartbeat();
        }
        await d.SettledAsync(uuid);
        var still = await d.TicketAsync(uuid);
        still.Str("status").ShouldBe("PAUSED");
        still.CurrentBatch().ShouldBe(2);
        (await d.HostAsync(uuid, 2, "second")).Str("status").ShouldBe("READY");
        second.Drain().ShouldNotContain(m => m.BodyCase == ServerMessage.BodyOneofCase.Run);

        await d.OperateAsync(uuid, "CONTINUE_ORDER");
        var next = await second.RunAsync();
        next.DispatchId.ShouldStartWith(uuid + ".");
        (await d.TicketAsync(uuid)).Str("status").ShouldBe("PROCESSING");
        await second.AcceptAsync(next.DispatchId);
        await second.ExitAsync(next.DispatchId, 0);
        (await d.WaitForHostAsync(uuid, 2, "second", "FINISHED"))["exit_code"]!.GetValue<int>().ShouldBe(0);
        (await d.WaitForTicketAsync(uuid, "FINISHED")).CurrentBatch().ShouldBe(2);
    }
}
