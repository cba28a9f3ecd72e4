using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// Keyset paging (<c>limit</c> + <c>marker</c> = id of the last row) and filters on every list (reference §1.5, §3.4,
/// §4.2, §4.6): walking every page sees every row once, <c>total</c> is the filtered count.
/// </summary>
public sealed class PagingTests
{
    /// <summary>Follows <c>marker</c> from page to page; asserts each page's total and size, and that the walk ends.</summary>
    private static async Task<List<JsonNode>> WalkAsync(TestDrover d, string path, string idField, int limit, long expectedTotal,
        bool ascending = false, string? project = null, string pageField = "data", string totalField = "total")
    {
        var rows = new List<JsonNode>();
        long? marker = null;
        for (var page = 0; page < 1000; page++)
        {
            var sep = path.Contains('?') ? "&" : "?";
            var data = (await d.GetAsync($"{path}{sep}limit={limit}" + (marker is null ? "" : $"&marker={marker}"), project)).Ok();
            data[totalField].Long().ShouldBe(expectedTotal, $"{totalField} on page {page} of {path}");
            var items = data[pageField]!.AsArray().Select(x => x!).ToList();
            items.Count.ShouldBeLessThanOrEqualTo(limit);
            if (items.Count == 0) break;
            rows.AddRange(items);
            if (items.Count < limit) break;
            marker = items[^1][idField].Long();
        }
        var ids = rows.Select(r => r[idField].Long()).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count, $"a row was repeated walking {path}: {string.Join(",", ids)}");
        ids.ShouldBe(ascending ? ids.Order().ToList() : ids.OrderDescending().ToList(), $"order of {path}");
        return rows;
    }

    [Fact]
    public async Task Script_list_pages_newest_first_and_filters_count_what_they_match()
    {
        await using var d = await TestDrover.StartAsync();
        var made = new List<(string Uuid, string Name, string Type, string Risk)>();
        string[] types = ["SHELL", "PYTHON", "SHELL"];
        string[] risks = ["LOW", "MEDIUM", "HIGH", "LOW"];
        for (var i = 0; i < 23; i++)
        {
            var name = (i % 5 == 0 ? "deploy_" : "backup_") + i.ToString("00");
            var type = types[i % 3];
            var risk = risks[i % 4];
            made.Add((await d.CreateScriptAsync(ScriptBody(name, type == "PYTHON" ? "print(1)" : "echo 1", type, risk: risk)), name, type, risk));
        }

        // Everything, 5 at a time: newest first, each script exactly once.
        var all = await WalkAsync(d, "/v1/job/scripts", "id", 5, 23);
        all.Select(r => r["script_uuid"].Str()).ShouldBe(made.Select(m => m.Uuid).Reverse());
        // A page size of 1 and of 100 see the same rows.
        (await WalkAsync(d, "/v1/job/scripts", "id", 1, 23)).Count.ShouldBe(23);
        (await WalkAsync(d, "/v1/job/scripts", "id", 100, 23)).Count.ShouldBe(23);

        async Task Filtered(string query, Func<(string Uuid, string Name, string Type, string Risk), bool> match)
        {
            var expected = made.Where(match).Select(m => m.Uuid).Reverse().ToList();
            var rows = await WalkAsync(d, "/v1/job/scripts?" + query, "id", 2, expected.Count);
            rows.Select(r => r["script_uuid"].Str()).ShouldBe(expected, query);
        }

        await Filtered("type=PYTHON", m => m.Type == "PYTHON");
        await Filtered("risk_level=HIGH", m => m.Risk == "HIGH");
        await Filtered("name_like=deploy", m => m.Name.Contains("deploy"));
        await Filtered("name_like=up_1", m => m.Name.Contains("up_1"));
        await Filtered("type=SHELL&risk_level=LOW", m => m.Type == "SHELL" && m.Risk == "LOW");
        await Filtered("creator=bootstrap", _ => true);
        await Filtered("creator=nobody", _ => false);
        await Filtered("name_like=deploy&type=BAT", _ => false);
        // A marker past the newest row starts from the top; a marker below the oldest row answers an empty page.
        var oldest = all[^1]["id"].Long();
        var empty = (await d.GetAsync($"/v1/job/scripts?limit=10&marker={oldest}")).Ok();
        empty["total"].Long().ShouldBe(23);
        empty["data"]!.AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task Ticket_list_pages_by_order_id_and_filters_by_status_name_creator_and_time()
    {
        await using var d = await TestDrover.StartAsync();
        var hosts = await d.StartAgentAsync(d.Prefix + "-pg", simulate: 1);
        var ok = await d.CreateScriptAsync(ScriptBody("alpha_ok", "true"));
        var bad = await d.CreateScriptAsync(ScriptBody("beta_ghost", "true"));

        // Tickets on a host with no agent end ABNORMAL at once ("agent offline"); the others finish on the real agent.
        var made = new List<(string Uuid, string Name, string Status)>();
        for (var i = 0; i < 12; i++)
        {
            var ghost = i % 3 == 0;
            var uuid = await d.ExecuteAsync(ghost ? bad : ok, ExecuteBody([[ghost ? "ghost-" + i : hosts[0]]]));
            made.Add((uuid, ghost ? "beta_ghost" : "alpha_ok", ghost ? "ABNORMAL" : "FINISHED"));
            await d.WaitForStatusAsync(uuid, ghost ? "ABNORMAL" : "FINISHED");
        }

        var all = await WalkAsync(d, "/v1/job/script/orders", "order_id", 5, 12);
        all.Select(r => r["execute_uuid"].Str()).ShouldBe(made.Select(m => m.Uuid).Reverse());

        async Task Filtered(string query, Func<(string Uuid, string Name, string Status), bool> match)
        {
            var expected = made.Where(match).Select(m => m.Uuid).Reverse().ToList();
            var rows = await WalkAsync(d, "/v1/job/script/orders?" + query, "order_id", 3, expected.Count);
            rows.Select(r => r["execute_uuid"].Str()).ShouldBe(expected, query);
        }

        await Filtered("status=ABNORMAL", m => m.Status == "ABNORMAL");
        await Filtered("status=FINISHED", m => m.Status == "FINISHED");
        await Filtered("status=PAUSED", _ => false);
        await Filtered("name_like=beta", m => m.Name == "beta_ghost");
        await Filtered("name_like=ok&status=FINISHED", m => m.Name == "alpha_ok");
        await Filtered("creator=bootstrap", _ => true);
        await Filtered("creator=somebody", _ => false);

        // start_time / end_time bound gmt_created (epoch ms), both inclusive.
        var created = all.Select(r => (Uuid: r["execute_uuid"].Str(), At: r["gmt_created"].Long())).ToList();
        var middle = created[created.Count / 2].At;
        var from = created.Where(c => c.At >= middle).Select(c => c.Uuid).ToHashSet();
        var upTo = created.Where(c => c.At <= middle).Select(c => c.Uuid).ToHashSet();
        await Filtered($"start_time={middle}", m => from.Contains(m.Uuid));
        await Filtered($"end_time={middle}", m => upTo.Contains(m.Uuid));
        await Filtered($"start_time={middle}&end_time={middle}", m => from.Contains(m.Uuid) && upTo.Contains(m.Uuid));
        var future = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeMilliseconds();
        await Filtered($"start_time={future}", _ => false);
    }

    [Fact]
    public async Task Batch_instances_page_by_id_ascending_with_a_status_filter_and_the_batch_size_as_total()
    {
        await using var d = await TestDrover.StartAsync();
        var real = await d.StartAgentAsync(d.Prefix + "-bi", simulate: 6);
        var script = await d.CreateScriptAsync(ScriptBody("batch_paging", "true"));
        var ghosts = Enumerable.Range(1, 7).Select(i => $"ghost-{i}").ToList();
        // Interleave real and ghost hosts so each status is spread across pages.
        var batch1 = real.Zip(ghosts).SelectMany(p => new[] { p.First, p.Second }).Concat(ghosts.Skip(real.Count)).ToList();
        var uuid = await d.ExecuteAsync(script, ExecuteBody([batch1, ["ghost-b2"]], successRate: 1));
        // 6 of 14 hosts succeed: 43 % holds the 1 % threshold, so the ticket finishes with failed hosts.
        await d.WaitForStatusAsync(uuid, "FINISHED");
        var path = $"/v1/job/script/orders/{uuid}/batches/1";

        foreach (var limit in new[] { 1, 4, 13, 50 })
        {
            var rows = await WalkAsync(d, path, "id", limit, 13, ascending: true, pageField: "execute_instances", totalField: "total_instances");
            rows.Select(r => r["target_instance"]!["resource_id"].Str()).ShouldBe(batch1, $"limit {limit}");
        }

        var finished = await WalkAsync(d, path + "?status=FINISHED", "id", 4, 13, ascending: true, pageField: "execute_instances", totalField: "total_instances");
        finished.Select(r => r["target_instance"]!["resource_id"].Str()).ShouldBe(real);
        finished.ShouldAllBe(r => r["status"].Str() == "FINISHED");
        var abnormal = await WalkAsync(d, path + "?status=ABNORMAL", "id", 4, 13, ascending: true, pageField: "execute_instances", totalField: "total_instances");
        abnormal.Select(r => r["target_instance"]!["resource_id"].Str()).ShouldBe(ghosts);
        abnormal.ShouldAllBe(r => r["message"].Str().Contains("agent offline"));
        (await WalkAsync(d, path + "?status=CANCELED", "id", 4, 13, ascending: true, pageField: "execute_instances", totalField: "total_instances")).ShouldBeEmpty();

        // Batch 2 has its own rows and size.
        var b2 = (await d.GetAsync($"/v1/job/script/orders/{uuid}/batches/2?limit=50")).Ok();
        b2["batch_index"].Int().ShouldBe(2);
        b2["total_instances"].Int().ShouldBe(1);
        b2["execute_instances"]![0]!["target_instance"]!["resource_id"].Str().ShouldBe("ghost-b2");
    }

    [Fact]
    public async Task Agent_list_pages_and_filters_by_status_region_and_resource()
    {
        await using var d = await TestDrover.StartAsync();
        var local = await d.StartAgentAsync(d.Prefix + "-loc", simulate: 5);
        await using var eu = await d.StartAgentAsync(d.Prefix + "-eu", simulate: 3, region: "eu-1");
        await using var other = await d.StartAgentAsync(d.Prefix + "-oth", simulate: 2, region: "local", project: "other");

        var all = await WalkAsync(d, "/v1/agents", "id", 3, 8);
        all.Select(r => r["resource_id"].Str()).Order().ShouldBe(local.Concat(eu.ResourceIds).Order());
        (await WalkAsync(d, "/v1/agents?status=ONLINE", "id", 2, 8)).Count.ShouldBe(8);
        (await WalkAsync(d, "/v1/agents?status=OFFLINE", "id", 2, 0)).ShouldBeEmpty();
        (await WalkAsync(d, "/v1/agents?region_id=eu-1", "id", 2, 3)).Select(r => r["resource_id"].Str()).Order().ShouldBe(eu.ResourceIds.Order());
        (await WalkAsync(d, "/v1/agents?region_id=local", "id", 2, 5)).Select(r => r["resource_id"].Str()).Order().ShouldBe(local.Order());
        (await WalkAsync(d, "/v1/agents?region_id=nowhere", "id", 2, 0)).ShouldBeEmpty();
        var one = await WalkAsync(d, $"/v1/agents?resource_id={local[2]}", "id", 2, 1);
        one.Single()["resource_id"].Str().ShouldBe(local[2]);
        (await WalkAsync(d, $"/v1/agents?resource_id={local[2]}&region_id=eu-1", "id", 2, 0)).ShouldBeEmpty();

        // Another project's agents are its own.
        (await WalkAsync(d, "/v1/agents", "id", 10, 2, project: "other")).Select(r => r["resource_id"].Str()).Order().ShouldBe(other.ResourceIds.Order());

        // An agent that stops is listed OFFLINE once its lease runs out (or at once when it says goodbye).
        await eu.DisposeAsync();
        await TestDrover.WaitUntilAsync(async () => (await d.GetAsync("/v1/agents?status=OFFLINE&limit=10")).Ok()["total"].Long() == 3,
            TimeSpan.FromSeconds(60), "the eu-1 agents to be OFFLINE");
        (await WalkAsync(d, "/v1/agents?status=OFFLINE", "id", 2, 3)).Select(r => r["region_id"].Str()).ShouldAllBe(r => r == "eu-1");
        (await WalkAsync(d, "/v1/agents?status=ONLINE", "id", 2, 5)).Count.ShouldBe(5);
    }
}
