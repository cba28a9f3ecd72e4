namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>execute_user (semantics §3, "Running"): the agent runs as root here, so it switches users.</summary>
public sealed class RunAsTests
{
    [Fact]
    public async Task A_root_agent_runs_the_script_as_the_execute_user()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-ra", simulate: 1);
        var script = await d.CreateScriptAsync("id -un; echo \"$USER\"");

        var uuid = await d.ExecuteAsync(script, [[h[0]]], user: "nobody");

        await d.WaitForStatusAsync(uuid, "FINISHED");
        var host = await d.HostAsync(uuid, h[0]);
        host.Message().ShouldBe("nobody\nnobody\n");
        host.ExitCode().ShouldBe(0);
        (await d.TicketAsync(uuid))["properties"]!["execute_param"]!["execute_user"]!.GetValue<string>().ShouldBe("nobody");
    }

    [Fact]
    public async Task An_unknown_user_is_refused_with_a_message_naming_it_and_nothing_runs()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-ru", simulate: 1);
        var script = await d.CreateScriptAsync($"echo ran > {scratch.Dir}/ran");
        var user = "nosuchuser" + d.Prefix;

        var uuid = await d.ExecuteAsync(script, [[h[0]]], user: user);

        await d.WaitForStatusAsync(uuid, "ABNORMAL");
        var host = await d.HostAsync(uuid, h[0]);
        host.Status().ShouldBe("ABNORMAL");
        host.Message().ShouldContain(user);
        host.Message().ShouldContain("does not exist");
        host.ExitCode().ShouldBeNull();
        scratch.Exists("ran").ShouldBeFalse();
    }

    [Fact]
    public async Task An_agent_restricted_to_root_refuses_another_user_with_a_clear_message()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-rr", simulate: 1, allowedUsers: ["root"]);
        var script = await d.CreateScriptAsync($"echo ran > {scratch.Dir}/ran-$(id -un)");

        var refused = await d.ExecuteAsync(script, [[h[0]]], user: "nobody");
        await d.WaitForStatusAsync(refused, "ABNORMAL");
        var host = await d.HostAsync(refused, h[0]);
        host.Message().ShouldContain("nobody");
        host.Message().ShouldContain("not allowed");
        scratch.Exists("ran-nobody").ShouldBeFalse();

        // root is allowed on the same agent.
        var allowed = await d.ExecuteAsync(script, [[h[0]]], user: "root");
        await d.WaitForStatusAsync(allowed, "FINISHED");
        scratch.Exists("ran-root").ShouldBeTrue();
    }
}
