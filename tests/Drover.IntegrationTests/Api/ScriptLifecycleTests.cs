using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>A script's life: create, update, review, run, delete (reference §3.2-§3.8, semantics §3 and §5).</summary>
public sealed class ScriptLifecycleTests
{

    private static async Task<JsonNode> DetailAsync(TestDrover d, string uuid) => (await d.GetAsync($"/v1/job/scripts/{uuid}")).Ok();

    private static async Task<string> OutputAsync(TestDrover d, string ticket, string status = "FINISHED")
    {
        await d.WaitForStatusAsync(ticket, status);
        return (await d.InstancesAsync(ticket, 1))[0]!["message"].Str();
    }

    [Fact]
    public async Task Create_update_run_and_delete_with_a_sensitive_parameter_that_keeps_its_value_when_sent_back_masked()
    {
        await using var d = await TestDrover.StartAsync();
        var host = (await d.StartAgentAsync(d.Prefix + "-lc", simulate: 1))[0];

        var uuid = await d.CreateScriptAsync(ScriptBody("lifecycle", "echo v1 ${who}",
            parameters: [Param("who", "world"), Param("pw", "s3cret", sensitive: true, order: 2)]));
        var created = await DetailAsync(d, uuid);
        created["status"].Str().ShouldBe("APPROVED");
        created["content"].Str().ShouldBe("echo v1 ${who}");
        created["script_params"]![1]!["param_value"].Str().ShouldBe(Masked);
        created["gmt_modified"].ShouldBeNull();
        created["operator"].ShouldBeNull();

        // The client sends back what it read, the sensitive value included as 17 asterisks, and changes the rest.
        var update = new JsonObject
        {
            ["content"] = "echo \"val=${pw}\"; echo \"upper=$(echo ${pw} | tr a-z A-Z)\"; echo \"who=${who} extra=${extra}\"",
            ["description"] = "edited",
            ["type"] = "PYTHON", // COC clients send it; name and type cannot change
            ["script_params"] = new JsonArray(Param("who", "earth"), Param("pw", Masked, sensitive: true, order: 2), Param("extra", "e1", order: 3)),
        };
        (await d.PutAsync($"/v1/job/scripts/{uuid}", update)).Ok().Str().ShouldBe(uuid);
        var edited = await DetailAsync(d, uuid);
        edited["name"].Str().ShouldBe("lifecycle");
        edited["type"].Str().ShouldBe("SHELL");
        edited["description"].Str().ShouldBe("edited");
        edited["content"].Str().ShouldBe(update["content"].Str());
        edited["script_params"]!.AsArray().Select(p => $"{p!["param_name"].Str()}={p["param_value"].Str()}:{p["sensitive"]!.GetValue<bool>()}")
            .ShouldBe(["who=earth:False", $"pw={Masked}:True", "extra=e1:False"]);
        edited["status"].Str().ShouldBe("APPROVED");
        edited["operator"].Str().ShouldBe("bootstrap");
        edited["gmt_modified"].ShouldBeRecentEpochMs("gmt_modified");
        edited["properties"]!["risk_level"].Str().ShouldBe("LOW"); // properties not sent: unchanged

        // Run with the script's values: the secret is the original one (upper-cased it is not masked), and masked where printed.
        var run1 = await d.ExecuteAsync(uuid, ExecuteBody([[host]]));
        (await OutputAsync(d, run1)).ShouldBe("val=*****\nupper=S3CRET\nwho=earth extra=e1\n");
        // Sending the mask back at execution also means "keep the script's value".
        var run2 = await d.ExecuteAsync(uuid, ExecuteBody([[host]], parameters: [ValueOf("pw", Masked), ValueOf("who", "mars")]));
        (await OutputAsync(d, run2)).ShouldBe("val=*****\nupper=S3CRET\nwho=mars extra=e1\n");
        // A new value for this run only: masked in output and in the ticket, the script keeps its own.
        var run3 = await d.ExecuteAsync(uuid, ExecuteBody([[host]], parameters: [ValueOf("pw", "other")]));
        (await OutputAsync(d, run3)).ShouldBe("val=*****\nupper=OTHER\nwho=earth extra=e1\n");
        var info3 = (await d.GetAsync($"/v1/job/script/orders/{run3}")).Ok();
        info3["properties"]!["execute_param"]!["script_params"]!.AsArray().Select(p => p!["param_value"].Str()).ShouldBe(["earth", Masked, "e1"]);

        // Another edit with new properties and a new sensitive value.
        var update2 = update.With("script_params[1].param_value", "n3w").With("properties", new JsonObject { ["risk_level"] = "HIGH", ["version"] = "2.0" });
        (await d.PutAsync($"/v1/job/scripts/{uuid}", update2)).Ok();
        (await DetailAsync(d, uuid))["properties"]!["risk_level"].Str().ShouldBe("HIGH");
        var run4 = await d.ExecuteAsync(uuid, ExecuteBody([[host]]));
        (await OutputAsync(d, run4)).ShouldBe("val=*****\nupper=N3W\nwho=earth extra=e1\n");

        var row = (await d.GetAsync("/v1/job/scripts?limit=10")).Ok()["data"]![0]!;
        row["usage_count"].Int().ShouldBe(4);

        // Delete: gone from get, list, update, execute and a second delete.
        (await d.DeleteAsync($"/v1/job/scripts/{uuid}")).Ok().Str().ShouldBe(uuid);
        (await d.GetAsync($"/v1/job/scripts/{uuid}")).ShouldBe400("COC.00040603");
        (await d.GetAsync("/v1/job/scripts?limit=10")).Ok()["total"].Long().ShouldBe(0);
        (await d.PutAsync($"/v1/job/scripts/{uuid}", update)).ShouldBe400("COC.00040603");
        (await d.PostAsync($"/v1/job/scripts/{uuid}", ExecuteBody([[host]]))).ShouldBe400("COC.00040603");
        (await d.DeleteAsync($"/v1/job/scripts/{uuid}")).ShouldBe400("COC.00040603");
        // The name is free again.
        (await d.CreateScriptAsync(ScriptBody("lifecycle"))).ShouldNotBe(uuid);
        (await d.TicketTotalAsync()).ShouldBe(4);
    }

    [Fact]
    public async Task A_script_with_reviewers_runs_only_once_approved_and_goes_back_to_review_when_edited()
    {
        await using var d = await TestDrover.StartAsync();
        var alice = await d.CreateUserAsync("alice");
        JsonArray Reviewers() => [alice.Reviewer()];
        Task<Reply> Review(string id, string decision, string? comments = null) =>
            d.SendAsync(HttpMethod.Post, $"/v1/job/scripts/{id}/action", new JsonObject { ["status"] = decision, ["comments"] = comments }.ToJsonString(), token: alice.Token);
        var exec = ExecuteBody([["ghost-1"]]);
        var edit = new JsonObject { ["content"] = "echo edited", ["description"] = "edited" };

        var uuid = await d.CreateScriptAsync(ScriptBody("reviewed", reviewers: Reviewers()));
        (await DetailAsync(d, uuid))["status"].Str().ShouldBe("PENDING_APPROVE");
        (await d.PostAsync($"/v1/job/scripts/{uuid}", exec)).ShouldBe400("COC.00040605").ShouldContain("PENDING_APPROVE");
        (await d.TicketTotalAsync()).ShouldBe(0);

        // Approve: {"data": true}; now it runs.
        (await Review(uuid, "APPROVED", "fine")).Ok().GetValue<bool>().ShouldBeTrue();
        var approved = await DetailAsync(d, uuid);
        approved["status"].Str().ShouldBe("APPROVED");
        approved["approver"].Str().ShouldBe(alice.Name);
        approved["review_comments"].Str().ShouldBe("fine");
        await d.ExecuteAsync(uuid, exec);
        (await d.TicketTotalAsync()).ShouldBe(1);
        // Reviewing a script that is not pending.
        (await d.PostAsync($"/v1/job/scripts/{uuid}/action", new JsonObject { ["status"] = "APPROVED" })).ShouldBe400("COC.00040606").ShouldContain("APPROVED");
        (await d.PostAsync($"/v1/job/scripts/{uuid}/action", new JsonObject { ["status"] = "REJECTED" })).ShouldBe400("COC.00040606");

        // Editing sends it back to review: what was approved is not what would run.
        (await d.PutAsync($"/v1/job/scripts/{uuid}", edit)).Ok();
        (await DetailAsync(d, uuid))["status"].Str().ShouldBe("PENDING_APPROVE");
        (await d.PostAsync($"/v1/job/scripts/{uuid}", exec)).ShouldBe400("COC.00040605");
        // Editing a pending script keeps it pending.
        (await d.PutAsync($"/v1/job/scripts/{uuid}", edit.With("description", "again"))).Ok();
        (await DetailAsync(d, uuid))["status"].Str().ShouldBe("PENDING_APPROVE");

        // Rejected: cannot run, cannot be reviewed again, an edit puts it back in review.
        (await Review(uuid, "REJECTED", "no")).Ok().GetValue<bool>().ShouldBeTrue();
        (await DetailAsync(d, uuid))["status"].Str().ShouldBe("REJECTED");
        (await d.PostAsync($"/v1/job/scripts/{uuid}", exec)).ShouldBe400("COC.00040605").ShouldContain("REJECTED");
        (await d.PostAsync($"/v1/job/scripts/{uuid}/action", new JsonObject { ["status"] = "APPROVED" })).ShouldBe400("COC.00040606").ShouldContain("REJECTED");
        (await d.PutAsync($"/v1/job/scripts/{uuid}", edit)).Ok();
        (await DetailAsync(d, uuid))["status"].Str().ShouldBe("PENDING_APPROVE");
        (await Review(uuid, "APPROVED")).Ok();
        await d.ExecuteAsync(uuid, exec);
        (await d.TicketTotalAsync()).ShouldBe(2);

        // A script without reviewers needs no review, and cannot be reviewed.
        var plain = await d.CreateScriptAsync(ScriptBody("unreviewed"));
        (await DetailAsync(d, plain))["status"].Str().ShouldBe("APPROVED");
        (await d.PostAsync($"/v1/job/scripts/{plain}/action", new JsonObject { ["status"] = "APPROVED" })).ShouldBe400("COC.00040606");
        // Adding reviewers in an edit puts it in review.
        (await d.PutAsync($"/v1/job/scripts/{plain}", edit.With("properties", new JsonObject
            { ["risk_level"] = "HIGH", ["version"] = "2", ["reviewers"] = Reviewers() }))).Ok();
        (await DetailAsync(d, plain))["status"].Str().ShouldBe("PENDING_APPROVE");
        (await d.PostAsync($"/v1/job/scripts/{plain}", exec)).ShouldBe400("COC.00040605");
    }

    [Fact]
    public async Task Deleting_a_script_does_not_break_a_ticket_that_ran_it()
    {
        await using var d = await TestDrover.StartAsync();
        var hosts = await d.StartAgentAsync(d.Prefix + "-del", simulate: 2);
        var uuid = await d.CreateScriptAsync(ScriptBody("deleted_later", "echo snapshot ${who}", parameters: [Param("who", "kept")]));
        var ticket = await d.ExecuteAsync(uuid, ExecuteBody([[hosts[0]], [hosts[1]]], rotation: "PAUSE"));
        await d.WaitForStatusAsync(ticket, "PAUSED");

        // Change it, then delete it, while the ticket waits between batches.
        (await d.PutAsync($"/v1/job/scripts/{uuid}", new JsonObject { ["content"] = "echo changed", ["description"] = "x" })).Ok();
        (await d.DeleteAsync($"/v1/job/scripts/{uuid}")).Ok();

        (await d.PutAsync($"/v1/job/script/orders/{ticket}/operation", new JsonObject { ["operation_type"] = "CONTINUE_ORDER" })).Ok();
        var info = await d.WaitForStatusAsync(ticket, "FINISHED");
        info["properties"]!["script_uuid"].Str().ShouldBe(uuid);
        info["properties"]!["script_name"].Str().ShouldBe("deleted_later");
        // The second batch ran what the ticket was created with.
        (await d.InstancesAsync(ticket, 2))[0]!["message"].Str().ShouldBe("snapshot kept\n");
        (await d.InstancesAsync(ticket, 1))[0]!["message"].Str().ShouldBe("snapshot kept\n");
        var listed = (await d.GetAsync("/v1/job/script/orders?limit=10&name_like=deleted_later")).Ok();
        listed["total"].Long().ShouldBe(1);
        listed["data"]![0]!["order_name"].Str().ShouldBe("deleted_later");
        (await d.GetAsync($"/v1/job/script/orders/{ticket}/statistics")).Ok()["total_instance"].Int().ShouldBe(2);
    }
}
