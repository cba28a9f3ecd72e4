using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// Every endpoint's envelope and field names, key for key, against the reference (coc-api.md §1.3, §3, §4) plus
/// Drover's documented extensions. COC fields Drover leaves out on purpose (all optional or deprecated in COC):
/// script detail <c>version</c> (deprecated), ticket info <c>script_version_uuid</c> (Drover has no script versions),
/// ResourceInstance <c>agent_sn</c> and <c>properties.zone_id/floating_ip/application/group/project_id</c>
/// (deprecated).
/// </summary>
public sealed class EnvelopeTests
{
    private static readonly string[] ScriptDetailKeys =
    [
        "script_uuid", "name", "description", "type", "content", "script_params", "status", "gmt_created", "gmt_modified",
        "creator", "creator_id", "operator", "properties", "enterprise_project_id", "approver", "review_comments",
    ];

    private static readonly string[] ScriptListKeys =
    [
        "id", "script_uuid", "name", "type", "status", "gmt_created", "gmt_modified", "creator", "creator_id", "operator",
        "properties", "enterprise_project_id", "usage_count",
    ];

    private static readonly string[] PropertiesKeys = ["risk_level", "version", "reviewers", "protocol"];
    private static readonly string[] ParamDefineKeys = ["param_name", "param_value", "param_description", "param_order", "sensitive"];

    [Fact]
    public async Task Every_endpoint_answers_in_COCs_envelope_with_COCs_field_names()
    {
        await using var d = await TestDrover.StartAsync();
        var hosts = await d.StartAgentAsync(d.Prefix + "-env", simulate: 2);
        var alice = await d.CreateUserAsync("alice");
        var scriptUuid = "";
        Task<Reply> Review(string decision, string? comments = null) => d.SendAsync(HttpMethod.Post, $"/v1/job/scripts/{scriptUuid}/action",
            new JsonObject { ["status"] = decision, ["comments"] = comments }.ToJsonString(), token: alice.Token);

        // ---- CreateScript: {"data": "<script_uuid>"}
        var created = await d.PostAsync("/v1/job/scripts", ScriptBody(d.Prefix + "_env", "echo \"hi ${who} ${pw}\"",
            parameters: [Param("who", "world"), Param("pw", "s3cret", sensitive: true, order: 2)],
            reviewers: [alice.Reviewer()]));
        scriptUuid = created.Ok().Str();
        scriptUuid.Length.ShouldBe(25);
        ScriptUuidPattern().IsMatch(scriptUuid).ShouldBeTrue(scriptUuid);

        // ---- GetScript: ScriptDetailModel
        var detail = (await d.GetAsync($"/v1/job/scripts/{scriptUuid}")).Ok();
        detail.ShouldHaveKeys(ScriptDetailKeys);
        detail["properties"].ShouldHaveKeys(PropertiesKeys);
        detail["properties"]!["reviewers"]![0].ShouldHaveKeys("reviewer_name", "reviewer_id");
        foreach (var p in detail["script_params"]!.AsArray()) p.ShouldHaveKeys(ParamDefineKeys);
        detail["script_params"]![0]!["param_value"].Str().ShouldBe("world");
        detail["script_params"]![1]!["param_value"].Str().ShouldBe(Masked);
        Masked.Length.ShouldBe(17);
        detail["status"].Str().ShouldBe("PENDING_APPROVE");
        detail["gmt_created"].ShouldBeRecentEpochMs("gmt_created");
        detail["enterprise_project_id"].Str().ShouldBe("0");

        // ---- AcceptScript: {"data": true}
        var approved = await Review("APPROVED", "ok");
        approved.Ok().GetValue<bool>().ShouldBeTrue();

        // ---- ListScripts: {"data": {"total": N, "data": [ScriptListModel]}}
        var list = (await d.GetAsync("/v1/job/scripts?limit=10")).Ok();
        list.ShouldHaveKeys("total", "data");
        list["total"].Long().ShouldBe(1);
        var row = list["data"]![0]!;
        row.ShouldHaveKeys(ScriptListKeys);
        row["properties"].ShouldHaveKeys(PropertiesKeys);
        row["id"].Long().ShouldBeGreaterThan(0);
        row["gmt_created"].ShouldBeRecentEpochMs("list gmt_created");

        // ---- UpdateScript: {"data": "<script_uuid>"}; the edit sends it back to review, so approve again.
        var update = new JsonObject
        {
            ["content"] = "echo \"hi ${who} ${pw}\"", ["description"] = "edited",
            ["script_params"] = new JsonArray(Param("who", "world"), Param("pw", Masked, sensitive: true, order: 2)),
        };
        (await d.PutAsync($"/v1/job/scripts/{scriptUuid}", update)).Ok().Str().ShouldBe(scriptUuid);
        (await d.GetAsync($"/v1/job/scripts/{scriptUuid}")).Ok()["gmt_modified"].ShouldBeRecentEpochMs("gmt_modified");
        (await Review("APPROVED")).Ok();

        // ---- ExecuteScript: {"data": "<execute_uuid>"}
        var exec = ExecuteBody([[hosts[0]], [hosts[1]]], rotation: "PAUSE", parameters: [ValueOf("who", "ops")])
            .With("execute_batches[0].target_instances[0].custom_attributes", new JsonArray(new JsonObject { ["key"] = "app", ["value"] = "web" }));
        var executed = await d.PostAsync($"/v1/job/scripts/{scriptUuid}", exec);
        var uuid = executed.Ok().Str();
        uuid.Length.ShouldBe(26);
        TicketUuidPattern().IsMatch(uuid).ShouldBeTrue(uuid);

        await d.WaitForStatusAsync(uuid, "PAUSED");
        // ---- OperateScriptJob: {"data": "<execute_uuid>"}
        (await d.PutAsync($"/v1/job/script/orders/{uuid}/operation", new JsonObject { ["operation_type"] = "CONTINUE_ORDER" })).Ok().Str().ShouldBe(uuid);
        await d.WaitForStatusAsync(uuid, "FINISHED");

        // ---- ListScriptJobs: JobScriptOrderListModel
        var tickets = (await d.GetAsync("/v1/job/script/orders?limit=10")).Ok();
        tickets.ShouldHaveKeys("total", "data");
        tickets["total"].Long().ShouldBe(1);
        var t = tickets["data"]![0]!;
        t.ShouldHaveKeys("order_id", "order_name", "execute_uuid", "gmt_created", "gmt_finished", "execute_costs", "creator", "status", "properties");
        t["properties"].ShouldHaveKeys("region_ids");
        t["properties"]!["region_ids"].Str().ShouldBe("local");
        t["order_name"].Str().ShouldBe(d.Prefix + "_env");
        t["gmt_created"].ShouldBeRecentEpochMs("ticket gmt_created");
        t["gmt_finished"].ShouldBeRecentEpochMs("ticket gmt_finished");
        t["execute_costs"].Long().ShouldBe(t["gmt_finished"].Long() - t["gmt_created"].Long());

        // ---- GetScriptJobInfo: JobScriptOrderInfoModel (+ total_batches, max_concurrency, wait_agent_seconds)
        var info = (await d.GetAsync($"/v1/job/script/orders/{uuid}")).Ok();
        info.ShouldHaveKeys("execute_uuid", "gmt_created", "gmt_finished", "execute_costs", "creator", "status", "properties");
        var props = info["properties"];
        props.ShouldHaveKeys("script_uuid", "script_name", "script_source", "script_version_name", "current_execute_batch_index",
            "total_batches", "execute_param");
        props!["script_source"].Str().ShouldBe("CUSTOM_SCRIPT");
        props["total_batches"].Int().ShouldBe(2);
        props["current_execute_batch_index"].Int().ShouldBe(2);
        var param = props["execute_param"];
        param.ShouldHaveKeys("execute_user", "timeout", "success_rate", "resourceful", "script_params", "max_concurrency", "wait_agent_seconds");
        foreach (var p in param!["script_params"]!.AsArray()) p.ShouldHaveKeys("param_name", "param_value", "param_order");
        // The values the ticket ran with (not the defaults), the sensitive one masked.
        param["script_params"]![0]!["param_value"].Str().ShouldBe("ops");
        param["script_params"]![1]!["param_value"].Str().ShouldBe(Masked);
        info["execute_costs"].Long().ShouldBe(info["gmt_finished"].Long() - info["gmt_created"].Long());

        // ---- GetScriptJobStatistics
        var stats = (await d.GetAsync($"/v1/job/script/orders/{uuid}/statistics")).Ok();
        stats.ShouldHaveKeys("total_instance", "execute_statistics");
        stats["total_instance"].Int().ShouldBe(2);
        var entries = stats["execute_statistics"]!.AsArray();
        entries.Select(e => e!["instance_status"].Str()).ShouldBe(["READY", "PROCESSING", "ABNORMAL", "CANCELED", "FINISHED"]);
        foreach (var e in entries) e.ShouldHaveKeys("instance_status", "instance_count", "batch_indexes");
        entries[4]!["instance_count"].Int().ShouldBe(2);
        entries[4]!["batch_indexes"]!.AsArray().Select(x => x!.GetValue<int>()).ShouldBe([1, 2]);
        entries[0]!["batch_indexes"]!.AsArray().Count.ShouldBe(0);

        // ---- ListScriptJobBatches: {"data": [JobScriptBatchListModel + status]}
        var batches = (await d.GetAsync($"/v1/job/script/orders/{uuid}/batches")).Ok().AsArray();
        batches.Count.ShouldBe(2);
        foreach (var b in batches) b.ShouldHaveKeys("batch_index", "total_instances", "rotation_strategy", "properties", "status");
        batches[0]!["rotation_strategy"].Str().ShouldBe("PAUSE");
        batches[0]!["status"].Str().ShouldBe("FINISHED");

        // ---- GetScriptJobBatch: JobScriptBatchDetailModel with ExectionInstanceModel rows (+ exit_code, attempt, gmt_started)
        var batch = (await d.GetAsync($"/v1/job/script/orders/{uuid}/batches/1?limit=50")).Ok();
        batch.ShouldHaveKeys("batch_index", "total_instances", "execute_instances");
        var inst = batch["execute_instances"]![0];
        inst.ShouldHaveKeys("id", "target_instance", "gmt_created", "gmt_started", "gmt_finished", "execute_costs", "status", "message",
            "exit_code", "attempt");
        inst!["message"].Str().ShouldBe("hi ops *****\n");
        inst["exit_code"].Int().ShouldBe(0);
        inst["attempt"].Int().ShouldBe(1);
        inst["gmt_started"].ShouldBeRecentEpochMs("gmt_started");
        inst["gmt_finished"].ShouldBeRecentEpochMs("instance gmt_finished");
        inst["execute_costs"].Long().ShouldBe(inst["gmt_finished"].Long() - inst["gmt_started"].Long());
        var target = inst["target_instance"];
        target.ShouldHaveKeys("resource_id", "region_id", "provider", "type", "custom_attributes", "agent_status", "properties");
        target!["provider"].Str().ShouldBe("ECS");
        target["type"].Str().ShouldBe("CLOUDSERVER");
        target["agent_status"].Str().ShouldBe("ONLINE");
        target["custom_attributes"]![0].ShouldHaveKeys("key", "value");
        target["properties"].ShouldHaveKeys("host_name", "fixed_ip", "region_id");

        // ---- GET /v1/agents (extension): the script family's list envelope
        var agents = (await d.GetAsync("/v1/agents?limit=10")).Ok();
        agents.ShouldHaveKeys("total", "data");
        agents["total"].Long().ShouldBe(2);
        foreach (var a in agents["data"]!.AsArray())
        {
            a.ShouldHaveKeys("id", "resource_id", "region_id", "host_name", "ips", "os", "agent_version", "agent_user", "status",
                "last_heartbeat", "gmt_created", "credential");
            a!["last_heartbeat"].ShouldBeRecentEpochMs("last_heartbeat");
            a["gmt_created"].ShouldBeRecentEpochMs("agent gmt_created");
        }

        // ---- DeleteScript: {"data": "<script_uuid>"}
        (await d.DeleteAsync($"/v1/job/scripts/{scriptUuid}")).Ok().Str().ShouldBe(scriptUuid);

        // ---- errors: {"error_code", "error_msg"} and nothing else
        (await d.GetAsync($"/v1/job/scripts/{scriptUuid}")).ShouldBe400("COC.00040603");
        (await d.GetAsync($"/v1/job/script/orders/{MissingTicket}")).ShouldBe400("COC.00040709");
    }
}
