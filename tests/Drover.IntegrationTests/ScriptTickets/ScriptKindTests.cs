namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>Script types and their interpreters (semantics §3, "Running").</summary>
public sealed class ScriptKindTests
{
    [Fact]
    public async Task A_python_script_runs_with_python3_and_its_output_is_the_message()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-py", simulate: 2);
        var script = await d.CreateScriptAsync(
            """
            import os, sys
            print("python%d on %s" % (sys.version_info[0], os.environ["DROVER_RESOURCE_ID"]), flush=True)
            sys.stderr.write("to stderr\n")
            sys.exit(0 if os.environ["DROVER_RESOURCE_ID"].endswith("-1") else 4)
            """, type: "PYTHON");

        var uuid = await d.ExecuteAsync(script, [[h[0], h[1]]], successRate: 50);

        await d.WaitForStatusAsync(uuid, "FINISHED");
        var hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("FINISHED");
        hosts[h[0]].Message().ShouldBe($"python3 on {h[0]}\nto stderr\n");
        hosts[h[0]].ExitCode().ShouldBe(0);
        hosts[h[1]].Status().ShouldBe("ABNORMAL");
        hosts[h[1]].ExitCode().ShouldBe(4);
        hosts[h[1]].Message().ShouldStartWith($"python3 on {h[1]}\nto stderr\n");
    }

    [Fact]
    public async Task A_bat_script_is_refused_on_a_unix_host()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-bat", simulate: 1);
        var script = await d.CreateScriptAsync("echo hi", type: "BAT");

        var uuid = await d.ExecuteAsync(script, [[h[0]]]);

        await d.WaitForStatusAsync(uuid, "ABNORMAL");
        (await d.HostAsync(uuid, h[0])).Message().ShouldBe("BAT scripts need a Windows host");
    }
}
