using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// <c>--strict-coc-limits true</c> (semantics §1) restores COC's exact limits: 10 hosts per batch, 20 batches,
/// 200 hosts, timeout below 1800 s, 4096-byte scripts, 50 host rows per page; each refusal says the limit.
/// </summary>
public sealed class StrictLimitsTests(StrictLimitsTests.Fixture fixture) : IClassFixture<StrictLimitsTests.Fixture>
{
    private const string Invalid = "COC.00010002";

    public sealed class Fixture : DroverFixture
    {
        protected override string[] ServerArgs => ["--strict-coc-limits", "true"];

        public string Script { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Script = await D.CreateScriptAsync(ScriptBody("strict_target"));
        }
    }

    private TestDrover D => fixture.D;

    private static JsonArray Batches(int batches, int hostsEach, string prefix = "h") => new(Enumerable.Range(1, batches)
        .Select(b => (JsonNode)Batch(b, "CONTINUE", Enumerable.Range(1, hostsEach).Select(h => $"{prefix}{b}-{h}").ToArray())).ToArray());

    private async Task<string> RefusedAsync(JsonObject body, params string[] mentions)
    {
        var tickets = await D.TicketTotalAsync();
        var msg = (await D.PostAsync($"/v1/job/scripts/{fixture.Script}", body)).ShouldBe400(Invalid);
        foreach (var m in mentions) msg.ShouldContain(m, Case.Sensitive, msg);
        (await D.TicketTotalAsync()).ShouldBe(tickets);
        return msg;
    }

    private async Task AcceptedAsync(JsonObject body) =>
        TicketUuidPattern().IsMatch((await D.PostAsync($"/v1/job/scripts/{fixture.Script}", body)).Ok().Str()).ShouldBeTrue();

    [Fact]
    public async Task Eleven_hosts_in_a_batch_are_refused_ten_are_accepted()
    {
        await RefusedAsync(ExecuteBody([Enumerable.Range(1, 11).Select(i => $"a{i}").ToList()]),
            "execute_batches[0].target_instances", "at most 10 hosts per batch", "got 11");
        await AcceptedAsync(ExecuteBody([Enumerable.Range(1, 10).Select(i => $"a{i}").ToList()]));
    }

    [Fact]
    public async Task Twenty_one_batches_are_refused_twenty_of_ten_hosts_are_accepted()
    {
        await RefusedAsync(ExecuteBody([["x"]]).With("execute_batches", Batches(21, 1)), "execute_batches", "at most 20 batches", "got 21");
        await RefusedAsync(ExecuteBody([["x"]]).With("execute_batches", new JsonArray(Batch(21, "CONTINUE", "x"))), "batch_index", "between 1 and 20");
        // 20 x 10 = 200 hosts: COC's maximum ticket.
        await AcceptedAsync(ExecuteBody([["x"]]).With("execute_batches", Batches(20, 10)));
    }

    [Fact]
    public async Task A_timeout_of_1800_is_refused_1799_is_accepted()
    {
        await RefusedAsync(ExecuteBody([["t1"]], timeout: 1800), "execute_param.timeout", "1799");
        await RefusedAsync(ExecuteBody([["t1"]], timeout: 86_400), "execute_param.timeout", "1799");
        await AcceptedAsync(ExecuteBody([["t1"]], timeout: 1799));
    }

    [Fact]
    public async Task Script_content_over_4096_bytes_is_refused_on_create_and_update()
    {
        var before = await D.ScriptTotalAsync();
        var msg = (await D.PostAsync("/v1/job/scripts", ScriptBody("too_big", new string('#', 4097)))).ShouldBe400(Invalid);
        msg.ShouldContain("content");
        msg.ShouldContain("4096");
        // Bytes, not characters: 2049 two-byte characters are 4098 bytes.
        (await D.PostAsync("/v1/job/scripts", ScriptBody("too_big_utf8", new string('é', 2049)))).ShouldBe400(Invalid).ShouldContain("4096");
        (await D.ScriptTotalAsync()).ShouldBe(before);
        var fits = await D.CreateScriptAsync(ScriptBody("just_fits", new string('#', 4096)));
        (await D.PutAsync($"/v1/job/scripts/{fits}", new JsonObject { ["content"] = new string('#', 4097), ["description"] = "x" }))
            .ShouldBe400(Invalid).ShouldContain("4096");
        (await D.GetAsync($"/v1/job/scripts/{fits}")).Ok()["content"].Str().Length.ShouldBe(4096);
    }

    [Fact]
    public async Task Host_pages_hold_at_most_50_rows_and_custom_attributes_have_COCs_lengths()
    {
        var ticket = await D.ExecuteAsync(fixture.Script, ExecuteBody([["p1"]]));
        (await D.GetAsync($"/v1/job/script/orders/{ticket}/batches/1?limit=51")).ShouldBe400(Invalid).ShouldContain("between 1 and 50");
        (await D.GetAsync($"/v1/job/script/orders/{ticket}/batches/1?limit=50")).Ok();
        var attrs = ExecuteBody([["c1"]]).With("execute_batches[0].target_instances[0].custom_attributes",
            new JsonArray(new JsonObject { ["key"] = new string('k', 11), ["value"] = "v" }));
        await RefusedAsync(attrs, "custom_attributes[0].key", "0-10");
        await RefusedAsync(attrs.With("execute_batches[0].target_instances[0].custom_attributes",
            new JsonArray(new JsonObject { ["key"] = "k", ["value"] = new string('v', 21) })), "custom_attributes[0].value", "0-20");
    }

    [Fact]
    public async Task Without_the_switch_the_same_requests_are_accepted()
    {
        await using var d = await TestDrover.StartAsync();
        var script = await d.CreateScriptAsync(ScriptBody("roomy", new string('#', 4097)));
        foreach (var body in new[]
                 {
                     ExecuteBody([Enumerable.Range(1, 11).Select(i => $"a{i}").ToList()]),
                     ExecuteBody([["x"]]).With("execute_batches", Batches(21, 1)),
                     ExecuteBody([["t1"]], timeout: 1800),
                 })
        {
            (await d.PostAsync($"/v1/job/scripts/{script}", body)).Ok();
        }
    }
}
