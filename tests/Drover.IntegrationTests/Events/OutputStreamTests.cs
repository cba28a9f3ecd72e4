using System.Text;

namespace Drover.IntegrationTests.Events;

/// <summary>A host's live output stream, beside the full download (docs/semantics.md, "Event streams").</summary>
public sealed class OutputStreamTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_hosts_output_arrives_while_it_runs_ends_with_its_result_and_resumes_from_a_byte_offset()
    {
        await using var d = await TestDrover.StartAsync("--Drover:Events:PollMilliseconds=50");
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-os", simulate: 1);
        var script = await d.CreateScriptAsync(
            $$"""
            echo "first ${tok} é"
            until [ -e {{scratch.Dir}}/go ]; do sleep 0.1; done
            for i in $(seq 1 2000); do echo "line $i of the second part"; done
            echo "last ${tok}"
            exit 3
            """,
            parameters: [new { param_name = "tok", param_value = "none", param_description = "", sensitive = true }]);
        var uuid = await d.ExecuteAsync(script, [[h[0]]], parameters: [new { param_name = "tok", param_value = "s3cretValue" }]);
        var host = await d.WaitForHostAsync(uuid, h[0], i => i.Status() == "PROCESSING", "running");
        var path = $"/v1/job/script/orders/{uuid}/instances/{host.Id()}/output/events";

        // The first line arrives while the script still waits for its go.
        await using var live = await EventStreamReader.OpenAsync(d.Api, path);
        var first = (await live.NextAsync(Wait)).ShouldNotBeNull();
        first.Type.ShouldBe("output");
        first.Data["offset"]!.GetValue<long>().ShouldBe(0);
        first.Data["text"]!.GetValue<string>().ShouldBe("first ***** é\n");
        scratch.Exists("go").ShouldBeFalse();

        await File.WriteAllTextAsync(scratch.PathOf("go"), "");
        var rest = await live.ToEndAsync(Wait);
        var end = rest[^1];
        end.Type.ShouldBe("end");
        end.Data["status"]!.GetValue<string>().ShouldBe("ABNORMAL");
        end.Data["exit_code"]!.GetValue<int>().ShouldBe(3);
        end.Data["attempt"]!.GetValue<int>().ShouldBe(1);
        end.Data["truncated"]!.GetValue<bool>().ShouldBeFalse();

        // Pieces follow each other byte for byte, and together are the full download.
        var pieces = rest.SkipLast(1).Prepend(first).ToList();
        pieces.ShouldAllBe(p => p.Type == "output");
        for (var i = 1; i < pieces.Count; i++) pieces[i].Data["offset"]!.GetValue<long>().ShouldBe(pieces[i - 1].Version);
        var streamed = string.Concat(pieces.Select(p => p.Data["text"]!.GetValue<string>()));
        var full = await d.Api.GetStringAsync($"/v1/job/script/orders/{uuid}/instances/{host.Id()}/output");
        streamed.ShouldBe(full);
        full.ShouldEndWith("line 2000 of the second part\nlast *****\n");
        end.Data["offset"]!.GetValue<long>().ShouldBe(Encoding.UTF8.GetByteCount(full));
        pieces[^1].Version.ShouldBe(Encoding.UTF8.GetByteCount(full));

        // A reconnect from the first piece's end gets the rest and nothing twice.
        await using var resumed = await EventStreamReader.OpenAsync(d.Api, path, lastEventId: first.Id);
        var again = await resumed.ToEndAsync(Wait);
        string.Concat(again.Where(e => e.Type == "output").Select(e => e.Data["text"]!.GetValue<string>()))
            .ShouldBe(full[first.Data["text"]!.GetValue<string>().Length..]);
        again[^1].Type.ShouldBe("end");

        // An offset inside a stored chunk starts at that chunk's start, and says so.
        var middle = pieces[^1].Data["offset"]!.GetValue<long>() + 1;
        await using var fromMiddle = await EventStreamReader.OpenAsync(d.Api, path + $"?offset={middle}");
        var tail = await fromMiddle.ToEndAsync(Wait);
        tail[0].Data["offset"]!.GetValue<long>().ShouldBeLessThanOrEqualTo(middle);
        tail[^1].Type.ShouldBe("end");

        // Refusals name the field.
        var (status, _, message) = await d.ErrorAsync(new HttpRequestMessage(HttpMethod.Get, path + "?attempt=2"));
        status.ShouldBe(400);
        message.ShouldContain("attempt");
        (status, _, message) = await d.ErrorAsync(new HttpRequestMessage(HttpMethod.Get, path + "?offset=-5"));
        status.ShouldBe(400);
        message.ShouldContain("offset");
        (status, _, message) = await d.ErrorAsync(new HttpRequestMessage(HttpMethod.Get, $"/v1/job/script/orders/{uuid}/instances/abc/output/events"));
        status.ShouldBe(400);
        message.ShouldContain("instance_id");
    }
}
