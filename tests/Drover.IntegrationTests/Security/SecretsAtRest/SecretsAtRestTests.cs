using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Drover.IntegrationTests.Security.SecretsAtRest;

/// <summary>
/// Sensitive parameter values and HTTP step header values are sealed or masked at rest (docs/security.md, "Secrets at
/// rest"): none of their bytes is in the database, yet the script gets the real value and the HTTP call the real header.
/// </summary>
public sealed class SecretsAtRestTests
{
    private const string Mask = "*****************";

    [Fact]
    public async Task Sensitive_values_and_header_values_are_nowhere_in_the_database_yet_reach_the_host_and_the_http_call()
    {
        const string scriptDefault = "Sd3faultQx71";
        const string givenValue = "Gv9givenKp42";
        const string jobValue = "Jb5globalZr83";
        const string token = "Tk2headerWm64";
        var authorizations = new ConcurrentQueue<string>();
        await using var api = await LocalHttpEndpoint.StartAsync(app => app.MapPost("/hook", (HttpRequest r) =>
        {
            authorizations.Enqueue(r.Headers.Authorization.ToString());
            return Results.Json(new { ok = true });
        }));
        await using var d = await TestDrover.StartAsync("--Drover:Jobs:Api:AllowedHosts:0=127.0.0.1");
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-sar", simulate: 1);
        // The script writes the value it got where the test can read it, and prints it (masked in its output).
        var script = await d.CreateScriptAsync(
            $"echo \"pw=$DROVER_PARAM_PW\"\nprintf %s \"$DROVER_PARAM_PW\" > {scratch.Dir}/$DROVER_PARAM_TAG",
            parameters:
            [
                new { param_name = "pw", param_value = scriptDefault, param_description = "password", sensitive = true },
                new { param_name = "tag", param_value = "none", param_description = "", sensitive = false },
            ]);

        // A script ticket with a value given on execute, and one with the script's default.
        var given = await d.ExecuteAsync(script, [[h[0]]], parameters: [new { param_name = "pw", param_value = givenValue }, new { param_name = "tag", param_value = "given" }]);
        var byDefault = await d.ExecuteAsync(script, [[h[0]]], parameters: [new { param_name = "tag", param_value = "default" }]);
        await d.WaitForStatusAsync(given, "FINISHED");
        await d.WaitForStatusAsync(byDefault, "FINISHED");
        File.ReadAllText(scratch.PathOf("given")).ShouldBe(givenValue);
        File.ReadAllText(scratch.PathOf("default")).ShouldBe(scriptDefault);
        (await d.HostAsync(given, h[0])).Message().ShouldBe("pw=*****\n");

        // A job: an HTTP step whose Authorization header comes from a global, and a scripts step whose sensitive
        // parameter comes from another.
        var yaml = $$$"""
            meta:
              name: secrets
            inputs:
              hosts: {type: string, paramSource: INSTANCE}
              auth: {type: string}
              pw: {type: string}
            steps:
              - name: call
                task: hwc:runbook:executeAPI@1.0.0
                inputs:
                  method: POST
                  url: "{{{api.Url}}}/hook"
                  headers: '{"Authorization":"Bearer {{$globals.auth}}","X-Trace":"plain"}'
                  body: '{}'
              - name: deploy
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{script}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 60
                  script_params: '[{"param_name":"pw","param_value":"{{$globals.pw}}"},{"param_name":"tag","param_value":"job"}]'
            """;
        var job = await d.CreateJobAsync(yaml);
        var execution = await d.ExecuteJobAsync(job, new
        {
            parameters = new[] { new { key = "hosts", value = JobTickets.HostList(h) }, new { key = "auth", value = token }, new { key = "pw", value = jobValue } },
        });
        await d.WaitForExecutionAsync(execution, "Succeed", TimeSpan.FromSeconds(90));

        // The call carried the real header, and the host got the real value.
        authorizations.ShouldBe([$"Bearer {token}"]);
        File.ReadAllText(scratch.PathOf("job")).ShouldBe(jobValue);

        // What the API shows: header values and sensitive values masked, names and other values as given.
        var steps = await d.ExecutionStepsAsync(execution);
        var headers = JsonNode.Parse(steps.Run(1, "call").Pairs("inputs")["headers"])!.AsObject();
        headers.Select(p => p.Key).ShouldBe(["Authorization", "X-Trace"]);
        headers.ShouldAllBe(p => p.Value!.GetValue<string>() == Mask);
        var ps = JsonNode.Parse(steps.Run(1, "deploy").Pairs("inputs")["script_params"])!.AsArray();
        ps.Single(p => p!["param_name"]!.GetValue<string>() == "pw")!["param_value"]!.GetValue<string>().ShouldBe(Mask);
        ps.Single(p => p!["param_name"]!.GetValue<string>() == "tag")!["param_value"]!.GetValue<string>().ShouldBe("job");
        var parameters = (await d.ExecutionAsync(execution)).Pairs("parameters");
        parameters["auth"].ShouldBe(Mask);
        parameters["pw"].ShouldBe(Mask);
        parameters["hosts"].ShouldBe(JobTickets.HostList(h));
        var shown = await d.ExecutionSnapshotAsync(execution) + await d.SnapshotAsync(given) + await d.SnapshotAsync(byDefault)
                    + await d.Api.GetStringAsync($"/v1/job/scripts/{script}");
        foreach (var secret in new[] { scriptDefault, givenValue, jobValue, token }) shown.ShouldNotContain(secret);

        // At rest: in no row of any table, and not in the SQLite file or its WAL.
        (await StoredSecrets.FindAsync(d.Services, [scriptDefault, givenValue, jobValue, token])).ShouldBeEmpty();
    }
}
