using System.Text;

namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>Sensitive parameter values: masked in output, write-only over the API (semantics §3 and §5).</summary>
public sealed class SensitiveParameterTests
{
    [Fact]
    public async Task A_sensitive_value_reaches_the_script_but_never_its_stored_output_nor_the_api()
    {
        const string secret = "s3cr3tvalue";
        const string scriptDefault = "d3faultsecret";
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-sp", simulate: 1);
        var script = await d.CreateScriptAsync(
            $$"""
            echo "arg=${pw} env=$DROVER_PARAM_PW"
            [ "$DROVER_PARAM_PW" = "{{secret}}" ] && echo "$DROVER_PARAM_PW" | wc -c > {{scratch.Dir}}/len
            echo "user=${who}"
            """,
            parameters:
            [
                new { param_name = "pw", param_value = scriptDefault, param_description = "password", sensitive = true },
                new { param_name = "who", param_value = "ops", param_description = "", sensitive = false },
            ]);

        var uuid = await d.ExecuteAsync(script, [[h[0]]], parameters: [new { param_name = "pw", param_value = secret }]);

        var info = await d.WaitForStatusAsync(uuid, "FINISHED");
        // The script got the real value (12 bytes with the newline)...
        scratch.Lines("len").ShouldBe(["12"]);
        // ...and its output shows it masked.
        var host = await d.HostAsync(uuid, h[0]);
        host.Message().ShouldBe("arg=***** env=*****\nuser=ops\n");
        var full = await d.Api.GetStringAsync($"/v1/job/script/orders/{uuid}/instances/{host.Id()}/output");
        full.ShouldBe("arg=***** env=*****\nuser=ops\n");

        // The ticket shows the 17-asterisk mask for it, the plain value for the other.
        var ps = info["properties"]!["execute_param"]!["script_params"]!.AsArray();
        ps.Single(p => p!["param_name"]!.GetValue<string>() == "pw")!["param_value"]!.GetValue<string>().ShouldBe(new string('*', 17));
        ps.Single(p => p!["param_name"]!.GetValue<string>() == "who")!["param_value"]!.GetValue<string>().ShouldBe("ops");

        // Nowhere in what the API answers, nor in the stored output or audit log.
        (await d.SnapshotAsync(uuid)).ShouldNotContain(secret);
        (await d.Api.GetStringAsync($"/v1/job/scripts/{script}")).ShouldNotContain(scriptDefault);
        foreach (var chunk in await d.StoredOutputAsync())
            Encoding.UTF8.GetString(chunk).ShouldNotContain(secret);
        (await d.AuditAsync()).ShouldAllBe(a => a.Detail == null || !a.Detail.Contains(secret));
    }
}
