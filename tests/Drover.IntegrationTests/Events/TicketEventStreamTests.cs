using System.Net;
using System.Text.Json.Nodes;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drover.IntegrationTests.Events;

/// <summary>The ticket event stream (docs/semantics.md, "Event streams"), against the real server and real agents.</summary>
public sealed class TicketEventStreamTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_stream_opens_with_a_snapshot_then_tells_every_change_in_commit_order_and_ends_with_the_ticket()
    {
        await using var d = await TestDrover.StartAsync("--Drover:Events:PollMilliseconds=50");
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-ev", simulate: 3);
        var script = await d.CreateScriptAsync($"until [ -e {scratch.Dir}/go ]; do sleep 0.1; done; echo done $DROVER_RESOURCE_ID");
        var uuid = await d.ExecuteAsync(script, [[h[0], h[1]], [h[2]]]);

        await using var stream = await EventStreamReader.OpenAsync(d.Api, $"/v1/job/script/orders/{uuid}/events");
        var snapshot = (await stream.NextAsync(Wait)).ShouldNotBeNull();
        snapshot.Type.ShouldBe("snapshot");
        snapshot.Data["version"]!.GetValue<long>().ShouldBe(snapshot.Version);
        snapshot.Data["ticket"]!["execute_uuid"]!.GetValue<string>().ShouldBe(uuid);
        var batches = snapshot.Data["batches"]!.AsArray();
        batches.Select(b => b!["total_instances"]!.GetValue<int>()).ShouldBe([2, 1]);
        batches[1]!["counts"]!["READY"]!.GetValue<int>().ShouldBe(1);

        await File.WriteAllTextAsync(scratch.PathOf("go"), "");
        var rest = await stream.ToEndAsync(Wait);

        // Every commit after the snapshot, each once and in order, then the end.
        var changes = rest.Where(e => e.Type == "change").ToList();
        changes.Select(e => e.Version).ShouldBe(Enumerable.Range(1, changes.Count).Select(i => snapshot.Version + i));
        rest[^1].Type.ShouldBe("end");
        rest[^1].Data["status"]!.GetValue<string>().ShouldBe("FINISHED");
        rest[^1].Data["version"]!.GetValue<long>().ShouldBe(changes[^1].Version);
        rest.Count.ShouldBe(changes.Count + 1);

        // Applied in order, the changes bring every host and batch to where the REST API says they are.
        var hosts = new Dictionary<string, string>();
        var progress = new Dictionary<int, JsonNode>();
        foreach (var c in changes)
        {
            foreach (var host in c.Data["hosts"]!.AsArray()) hosts[host!["resource_id"]!.GetValue<string>()] = host["status"]!.GetValue<string>();
            foreach (var b in c.Data["batches"]!.AsArray()) progress[b!["batch_index"]!.GetValue<int>()] = b;
        }
        hosts.ShouldBe(new Dictionary<string, string> { [h[0]] = "FINISHED", [h[1]] = "FINISHED", [h[2]] = "FINISHED" }, ignoreOrder: true);
        progress[1]["counts"]!["FINISHED"]!.GetValue<int>().ShouldBe(2);
        progress[1]["status"]!.GetValue<string>().ShouldBe("FINISHED");
        progress[2]["counts"]!["FINISHED"]!.GetValue<int>().ShouldBe(1);
        changes.Last(c => c.Data["ticket"] is not null).Data["ticket"]!["status"]!.GetValue<string>().ShouldBe("FINISHED");
        (await d.TicketStatusAsync(uuid)).ShouldBe("FINISHED");

        // A stream opened on an ended ticket gives its snapshot and ends at once.
        await using var late = await EventStreamReader.OpenAsync(d.Api, $"/v1/job/script/orders/{uuid}/events");
        var again = await late.ToEndAsync(Wait);
        again.Select(e => e.Type).ShouldBe(["snapshot", "end"]);
        again[0].Version.ShouldBe(changes[^1].Version);
    }

    [Fact]
    public async Task A_dropped_stream_resumes_from_Last_Event_ID_with_nothing_missed_and_nothing_repeated()
    {
        await using var d = await TestDrover.StartAsync("--Drover:Events:PollMilliseconds=50");
        var h = await d.StartAgentAsync(d.Prefix + "-er", simulate: 3);
        var script = await d.CreateScriptAsync("echo ran $DROVER_RESOURCE_ID");
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1]], [h[2]]], rotations: ["PAUSE", "PAUSE", "CONTINUE"]);
        var path = $"/v1/job/script/orders/{uuid}/events";

        // The first connection sees the ticket up to its first pause, then drops.
        var before = new List<ServerEvent>();
        await using (var first = await EventStreamReader.OpenAsync(d.Api, path))
        {
            before.Add((await first.NextAsync(Wait)).ShouldNotBeNull());
            while (before[^1].Data["ticket"]?["status"]?.GetValue<string>() != "PAUSED")
                before.Add((await first.NextAsync(Wait)).ShouldNotBeNull());
        }
        var lastSeen = before[^1].Id!;

        // While nobody watches, the ticket goes on to its end.
        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
        (await d.WaitForStatusAsync(uuid, "PAUSED")).CurrentBatch().ShouldBe(3);
        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
        await d.WaitForStatusAsync(uuid, "FINISHED");

        // The reconnect (as EventSource makes it) starts right after the last event seen, with no snapshot.
        await using var second = await EventStreamReader.OpenAsync(d.Api, path, lastEventId: lastSeen);
        var after = await second.ToEndAsync(Wait);
        after[0].Type.ShouldBe("change");
        after[0].Version.ShouldBe(long.Parse(lastSeen) + 1);
        after[^1].Type.ShouldBe("end");

        // Together they are exactly the ticket's whole history, as a replay from the start tells it.
        await using var replay = await EventStreamReader.OpenAsync(d.Api, path, lastEventId: "0");
        var all = await replay.ToEndAsync(Wait);
        // (the first connection's snapshot may already include the ticket's first commits)
        var seen = before.Skip(1).Concat(after.SkipLast(1)).ToList();
        var history = all.SkipLast(1).Where(e => e.Version > before[0].Version).ToList();
        seen.Select(e => e.Version).ShouldBe(history.Select(e => e.Version));
        seen.Select(e => e.Data.ToJsonString()).ShouldBe(history.Select(e => e.Data.ToJsonString()));
        all.SkipLast(1).Select(e => e.Version).ShouldBe(Enumerable.Range(1, all.Count - 1).Select(i => (long)i));
    }

    [Fact]
    public async Task The_stream_is_authorized_and_scoped_like_the_ticket_and_refuses_a_bad_Last_Event_ID()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-ea", simulate: 1);
        var script = await d.CreateScriptAsync("echo hi");
        var uuid = await d.ExecuteAsync(script, [[h[0]]]);
        await d.WaitForStatusAsync(uuid, "FINISHED");
        var path = $"/v1/job/script/orders/{uuid}/events";

        using (var anonymous = new HttpClient { BaseAddress = new Uri(d.ApiUrl) })
        {
            var r = await anonymous.GetAsync(path);
            r.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        // A user of another project does not learn the ticket exists.
        var stranger = await d.CreateUserAsync("stranger", "viewer", project: d.Prefix + "-other");
        using (var http = new HttpClient { BaseAddress = new Uri(d.ApiUrl) })
        {
            http.DefaultRequestHeaders.Add("X-Auth-Token", stranger.Token);
            http.DefaultRequestHeaders.Add("x-project-id", d.Prefix + "-other");
            var (status, code, message) = await DroverClient.ErrorOf(await http.GetAsync(path));
            (status, code).ShouldBe((400, "COC.00040709"));
            message.ShouldContain("does not exist");
            (status, _, _) = await DroverClient.ErrorOf(await http.GetAsync($"{path.Replace("/events", "")}/instances/1/output/events"));
            status.ShouldBe(400);
        }
        // A viewer of the ticket's project may watch it.
        var viewer = await d.CreateUserAsync("watcher", "viewer");
        using (var http = new HttpClient { BaseAddress = new Uri(d.ApiUrl) })
        {
            http.DefaultRequestHeaders.Add("X-Auth-Token", viewer.Token);
            await using var watched = await EventStreamReader.OpenAsync(http, path);
            (await watched.ToEndAsync(Wait)).Select(e => e.Type).ShouldBe(["snapshot", "end"]);
        }

        foreach (var (id, rule) in new[] { ("seven", "non-negative integer"), ("-1", "non-negative integer"), ("999999", "is past the last event") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Last-Event-ID", id);
            var (status, code, message) = await d.ErrorAsync(request);
            (status, code).ShouldBe((400, "COC.00010002"), id);
            message.ShouldContain("Last-Event-ID");
            message.ShouldContain(rule);
        }
        var missing = await d.ErrorAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/job/script/orders/SCT2026NOSUCHTICKET/events"));
        missing.Status.ShouldBe(400);
        missing.Message.ShouldContain("does not exist");
    }

    [Fact]
    public async Task A_version_from_before_events_were_kept_resumes_with_a_fresh_snapshot()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-eu", simulate: 1);
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo hi"), [[h[0]]]);
        await d.WaitForStatusAsync(uuid, "FINISHED");
        // As a database upgraded from a Drover that kept no events: the ticket has versions, and no events for them.
        var dbs = d.Services.GetRequiredService<IDbContextFactory<DroverDb>>();
        long version;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var ticket = await db.Tickets.SingleAsync(t => t.ExecuteUuid == uuid);
            version = ticket.WriteVersion;
            (await db.ChangeEvents.Where(e => e.Subject == ChangeSubject.Ticket && e.SubjectId == ticket.Id).ExecuteDeleteAsync()).ShouldBe((int)version);
        }
        version.ShouldBeGreaterThan(1);

        await using var stream = await EventStreamReader.OpenAsync(d.Api, $"/v1/job/script/orders/{uuid}/events", lastEventId: "1");
        var events = await stream.ToEndAsync(Wait);
        events.Select(e => e.Type).ShouldBe(["snapshot", "end"]);
        events[0].Version.ShouldBe(version);
        events[0].Data["ticket"]!["status"]!.GetValue<string>().ShouldBe("FINISHED");
    }
}
