namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>A script runs over real agents in batches and the ticket reports what really happened.</summary>
public sealed class RunTests
{
    [Fact]
    public async Task A_two_batch_ticket_runs_every_host_and_finishes_with_their_output()
    {
        await using var d = await TestDrover.StartAsync();
        var hosts = await d.StartAgentAsync(d.Prefix + "-web", simulate: 3);
        var script = await d.CreateScriptAsync("echo \"hello ${who} from $DROVER_PARAM_WHO\"; echo to-stderr >&2; exit 0",
            parameters: [new { param_name = "who", param_value = "world", param_description = "", sensitive = false }]);

        var uuid = await d.ExecuteAsync(script, [[hosts[0], hosts[1]], [hosts[2]]],
            parameters: [new { param_name = "who", param_value = "ops" }]);

        var info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info["gmt_finished"].ShouldNotBeNull();
        info["properties"]!["current_execute_batch_index"]!.GetValue<int>().ShouldBe(2);
        foreach (var batch in new[] { 1, 2 })
        {
            foreach (var inst in await d.InstancesAsync(uuid, batch))
            {
                inst!["status"]!.GetValue<string>().ShouldBe("FINISHED");
                inst["exit_code"]!.GetValue<int>().ShouldBe(0);
                inst["message"]!.GetValue<string>().ShouldBe("hello ops from ops\nto-stderr\n");
                inst["attempt"]!.GetValue<int>().ShouldBe(1);
            }
        }
    }
}
