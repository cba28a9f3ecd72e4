using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Drover.IntegrationTests.Jobs;

/// <summary>A job runs over real agents: scripts steps as script tickets, an HTTP step whose output feeds a later step, a suspend step.</summary>
public sealed class JobRunTests
{
    [Fact]
    public async Task A_normal_execution_runs_its_steps_in_order_and_an_http_output_feeds_a_later_script()
    {
        await using var api = await LocalHttpEndpoint.StartAsync(app => app.MapGet("/release", () => Results.Json(new { release = new { tag = "r42" } })));
        await using var d = await TestDrover.StartAsync("--Drover:Jobs:Api:AllowedHosts:0=127.0.0.1");
        var hosts = await d.StartAgentAsync(d.Prefix + "-job", simulate: 2);
        var script = await d.CreateScriptAsync("echo \"deploy ${tag} on $DROVER_RESOURCE_ID\"",
            parameters: [new { param_name = "tag", param_value = "none", param_description = "", sensitive = false }]);
        var hostList = new JsonArray(hosts.Select(h => (JsonNode)new JsonObject { ["resource_id"] = h, ["region_id"] = "local" }).ToArray()).ToJsonString();
        var yaml = $$$"""
            meta:
              name: deploy
              schemaVersion: 3
              description: query the release, wait for a go, deploy it
            inputs:
              hosts:
                type: string
                paramSource: INSTANCE
                description: where to deploy
              release_url:
                type: string
                default: "{{{api.Url}}}/release"
            steps:
              - name: query
                task: hwc:runbook:executeAPI@1.0.0
                inputs:
                  method: GET
                  url: "{{$globals.release_url}}"
                  timeout: 10
                outputs:
                  - {name: tag, selector: .release.tag, type: String}
              - name: go
                task: hwc:runbook:suspend@1.0.0
                inputs: {}
              - name: deploy
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{script}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 60
                  script_params: '[{"param_name":"tag","param_value":"{{$steps.query.outputs.tag}}"}]'
            """;
        var documentId = (await d.PostDataAsync("/v1/documents", new { name = d.Prefix + "_deploy", content = yaml, enterprise_project_id = "0", risk_level = "LOW" })).GetValue<string>();

        var executionId = (await d.PostDataAsync($"/v1/documents/{documentId}", new { parameters = new[] { new { key = "hosts", value = hostList } } })).GetValue<string>();
        executionId.ShouldStartWith("EX");

        await WaitForExecutionAsync(d, executionId, "Pending");
        api.Requests.ShouldBe(["GET /release"]);
        var steps = await StepsAsync(d, executionId);
        steps[0]!["status"]!.GetValue<string>().ShouldBe("Succeed");
        steps[0]!["outputs"]!.AsArray().Single()!["value"]!.GetValue<string>().ShouldBe("r42");
        steps[1]!["status"]!.GetValue<string>().ShouldBe("Pending");

        (await d.Api.PostAsJsonAsync("/v1/executions", new { execution_id = executionId, operate_type = "RESUME" })).EnsureSuccessStatusCode();
        var done = await WaitForExecutionAsync(d, executionId, "Succeed");
        done["end_time"].ShouldNotBeNull();

        steps = await StepsAsync(d, executionId);
        steps.Select(s => s!["status"]!.GetValue<string>()).ShouldBe(["Succeed", "Succeed", "Succeed"]);
        var deployStep = steps[2]!["execution_step_id"]!.GetValue<string>();
        var instances = (await d.Api.GetFromJsonAsync<JsonObject>($"/v1/executions/instances?execution_step_id={deployStep}"))!;
        instances["total"]!.GetValue<int>().ShouldBe(2);
        foreach (var inst in instances["data"]!.AsArray())
        {
            inst!["status"]!.GetValue<string>().ShouldBe("Succeed");
            inst["message"]!.GetValue<string>().ShouldBe($"deploy r42 on {inst["properties"]!["resource_id"]!.GetValue<string>()}\n");
        }
    }

    private static async Task<JsonArray> StepsAsync(TestDrover d, string executionId) =>
        (await d.Api.GetFromJsonAsync<JsonObject>($"/v1/executions/{executionId}/steps"))!["data"]!.AsArray();

    private static async Task<JsonNode> WaitForExecutionAsync(TestDrover d, string executionId, string status)
    {
        JsonNode? last = null;
        await TestDrover.WaitUntilAsync(async () =>
        {
            last = (await d.Api.GetFromJsonAsync<JsonObject>($"/v1/executions/{executionId}"))!["data"];
            return last!["status"]!.GetValue<string>() == status;
        }, TimeSpan.FromSeconds(60), () => $"execution {executionId} to be {status} (last: {last?.ToJsonString()})");
        return last!;
    }
}
