using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// Projects (semantics §5): a caller sees and touches only its project's resources; another project's id answers
/// exactly like an id that does not exist, and lists do not show it.
/// </summary>
public sealed class ProjectIsolationTests
{
    /// <summary>The answer with the id itself blanked out, so two answers about different ids compare.</summary>
    private static string Normalized(Reply r, string id, string missing) =>
        $"{r.Status} {r.Text.Replace(id, "<id>").Replace(missing, "<id>")}";

    [Fact]
    public async Task Another_projects_script_and_ticket_answer_exactly_like_missing_ones_and_are_not_listed()
    {
        await using var d = await TestDrover.StartAsync();
        await using var agent = await d.StartAgentAsync(d.Prefix + "-pa", simulate: 2, region: "local", project: "a");
        await d.EnsureProjectAsync("b");
        var hosts = agent.ResourceIds;
        var script = await d.CreateScriptAsync(ScriptBody("shared_name", "echo in-a"), project: "a");
        var ticket = await d.ExecuteAsync(script, ExecuteBody([[hosts[0]], [hosts[1]]], rotation: "PAUSE"), project: "a");
        await TestDrover.WaitUntilAsync(async () => (await d.GetAsync($"/v1/job/script/orders/{ticket}", "a")).Ok()["status"].Str() == "PAUSED",
            TimeSpan.FromSeconds(60), "the project-a ticket to pause");
        var scriptBefore = (await d.GetAsync($"/v1/job/scripts/{script}", "a")).Ok().ToJsonString();
        var ticketBefore = (await d.GetAsync($"/v1/job/script/orders/{ticket}/statistics", "a")).Ok().ToJsonString();

        var update = new JsonObject { ["content"] = "echo hijacked", ["description"] = "x" }.ToJsonString();
        var exec = ExecuteBody([[hosts[0]]]).ToJsonString();
        var scriptCalls = new (string Method, string Suffix, string? Body)[]
        {
            ("GET", "", null), ("PUT", "", update), ("DELETE", "", null), ("POST", "", exec), ("POST", "/action", "{\"status\":\"APPROVED\"}"),
        };
        var ticketCalls = new (string Method, string Suffix, string? Body)[]
        {
            ("GET", "", null), ("GET", "/statistics", null), ("GET", "/batches", null), ("GET", "/batches/1?limit=10", null),
            ("PUT", "/operation", "{\"operation_type\":\"CANCEL_ORDER\"}"), ("PUT", "/operation", "{\"operation_type\":\"CONTINUE_ORDER\"}"),
            ("GET", "/instances/1/output", null),
        };

        foreach (var project in new[] { "b", "default" })
        {
            foreach (var (method, suffix, body) in scriptCalls)
            {
                var theirs = await d.SendAsync(new HttpMethod(method), $"/v1/job/scripts/{script}{suffix}", body, project: project);
                var missing = await d.SendAsync(new HttpMethod(method), $"/v1/job/scripts/{MissingScript}{suffix}", body, project: project);
                theirs.ShouldBe400("COC.00040603");
                Normalized(theirs, script, MissingScript).ShouldBe(Normalized(missing, script, MissingScript), $"{method} script{suffix} from {project}");
            }
            foreach (var (method, suffix, body) in ticketCalls)
            {
                var theirs = await d.SendAsync(new HttpMethod(method), $"/v1/job/script/orders/{ticket}{suffix}", body, project: project);
                var missing = await d.SendAsync(new HttpMethod(method), $"/v1/job/script/orders/{MissingTicket}{suffix}", body, project: project);
                theirs.ShouldBe400("COC.00040709");
                Normalized(theirs, ticket, MissingTicket).ShouldBe(Normalized(missing, ticket, MissingTicket), $"{method} ticket{suffix} from {project}");
            }

            // Lists in the other project do not show them, whatever the filter.
            foreach (var q in new[] { "", "&name_like=shared", "&type=SHELL", "&creator=bootstrap" })
                (await d.GetAsync("/v1/job/scripts?limit=100" + q, project)).Ok()["total"].Long().ShouldBe(0, $"scripts{q} in {project}");
            foreach (var q in new[] { "", "&name_like=shared", "&status=PAUSED", "&creator=bootstrap" })
                (await d.GetAsync("/v1/job/script/orders?limit=100" + q, project)).Ok()["total"].Long().ShouldBe(0, $"tickets{q} in {project}");
            var agents = (await d.GetAsync("/v1/agents?limit=100", project)).Ok()["data"]!.AsArray();
            agents.Select(a => a!["resource_id"].Str()).ShouldNotContain(hosts[0]);
        }

        // Nothing the other projects sent touched project a.
        (await d.GetAsync($"/v1/job/scripts/{script}", "a")).Ok().ToJsonString().ShouldBe(scriptBefore);
        (await d.GetAsync($"/v1/job/script/orders/{ticket}/statistics", "a")).Ok().ToJsonString().ShouldBe(ticketBefore);
        (await d.GetAsync($"/v1/job/script/orders/{ticket}", "a")).Ok()["status"].Str().ShouldBe("PAUSED");
        (await d.GetAsync("/v1/job/scripts?limit=100", "a")).Ok()["total"].Long().ShouldBe(1);
        (await d.GetAsync("/v1/job/script/orders?limit=100", "a")).Ok()["total"].Long().ShouldBe(1);

        // A name is unique per project only.
        var theirsToo = await d.CreateScriptAsync(ScriptBody("shared_name", "echo in-b"), project: "b");
        theirsToo.ShouldNotBe(script);
        (await d.PostAsync("/v1/job/scripts", ScriptBody("shared_name"), "a")).ShouldBe400("COC.00040602");

        // A project cannot run a script on another project's hosts: b's ticket finds no agent of its own.
        var stray = await d.ExecuteAsync(theirsToo, ExecuteBody([[hosts[0]]]), project: "b");
        await TestDrover.WaitUntilAsync(async () => (await d.GetAsync($"/v1/job/script/orders/{stray}", "b")).Ok()["status"].Str() == "ABNORMAL",
            TimeSpan.FromSeconds(30), "b's ticket on a's host to fail");
        var row = (await d.GetAsync($"/v1/job/script/orders/{stray}/batches/1?limit=10", "b")).Ok()["execute_instances"]![0]!;
        row["message"].Str().ShouldContain("agent offline");

        // And project a's own ticket still works.
        (await d.PutAsync($"/v1/job/script/orders/{ticket}/operation", new JsonObject { ["operation_type"] = "CONTINUE_ORDER" }, "a")).Ok();
        await TestDrover.WaitUntilAsync(async () => (await d.GetAsync($"/v1/job/script/orders/{ticket}", "a")).Ok()["status"].Str() == "FINISHED",
            TimeSpan.FromSeconds(60), "the project-a ticket to finish");
        var out2 = (await d.GetAsync($"/v1/job/script/orders/{ticket}/batches/2?limit=10", "a")).Ok()["execute_instances"]![0]!;
        out2["message"].Str().ShouldBe("in-a\n");
    }
}
