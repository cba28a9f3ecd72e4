using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// The ticket endpoints (reference §4.2-§4.7): unknown ids get COC's not-found codes (400), bad operations and
/// queries a 400 naming the field and the rule, and a refused operation leaves the ticket exactly as it was.
/// </summary>
public sealed class TicketValidationTests(TicketValidationTests.Fixture fixture) : IClassFixture<TicketValidationTests.Fixture>
{
    private const string Invalid = "COC.00010002";
    private const string Malformed = "COC.00010003";

    /// <summary>A ticket PAUSED after its first batch (batch 2 not started), and a second, finished ticket.</summary>
    public sealed class Fixture : DroverFixture
    {
        public string Paused { get; private set; } = "";
        public string Other { get; private set; } = "";
        public long OtherInstance { get; private set; }
        public long FirstInstance { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var hosts = await D.StartAgentAsync(D.Prefix + "-tv", simulate: 3);
            var script = await D.CreateScriptAsync(ScriptBody("ticket_target", "echo ran"));
            Paused = await D.ExecuteAsync(script, ExecuteBody([[hosts[0]], [hosts[1], hosts[2]]], rotation: "PAUSE"));
            Other = await D.ExecuteAsync(script, ExecuteBody([[hosts[2]]]));
            await D.WaitForStatusAsync(Paused, "PAUSED");
            await D.WaitForStatusAsync(Other, "FINISHED");
            FirstInstance = (await D.InstancesAsync(Paused, 1))[0]!["id"].Long();
            OtherInstance = (await D.InstancesAsync(Other, 1))[0]!["id"].Long();
        }
    }

    private TestDrover D => fixture.D;

    private async Task<string> RefusedAsync(Func<Task<Reply>> send, string code, params string[] mentions)
    {
        var before = await D.TicketSnapshotAsync(fixture.Paused);
        var others = (await D.GetAsync("/v1/job/script/orders?limit=100")).Ok().ToJsonString();
        var r = await send();
        var msg = r.ShouldBe400(code);
        foreach (var m in mentions) msg.ShouldContain(m, Case.Sensitive, $"message: {msg}");
        (await D.TicketSnapshotAsync(fixture.Paused)).ShouldBe(before, "a refused request changed the ticket");
        (await D.GetAsync("/v1/job/script/orders?limit=100")).Ok().ToJsonString().ShouldBe(others);
        return msg;
    }

    private Task<Reply> Operate(string body, string? uuid = null) =>
        D.SendAsync(HttpMethod.Put, $"/v1/job/script/orders/{uuid ?? fixture.Paused}/operation", body);

    [Fact]
    public async Task Unknown_execute_uuid_is_COCs_ticket_not_found_on_every_ticket_endpoint()
    {
        foreach (var id in new[] { MissingTicket, "SCT", new string('x', 27) })
        {
            foreach (var (method, suffix, body) in new (string, string, string?)[]
                     {
                         ("GET", "", null), ("GET", "/statistics", null), ("GET", "/batches", null), ("GET", "/batches/1?limit=10", null),
                         ("PUT", "/operation", "{\"operation_type\":\"CANCEL_ORDER\"}"), ("GET", "/instances/1/output", null),
                     })
            {
                await RefusedAsync(() => D.SendAsync(new HttpMethod(method), $"/v1/job/script/orders/{id}{suffix}", body), "COC.00040709", ["execute_uuid"]);
            }
        }
    }

    [Fact]
    public async Task Unknown_batch_index_is_COCs_batch_not_found()
    {
        var msg = await RefusedAsync(() => D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{fixture.Paused}/batches/3?limit=10"), "COC.00040713", ["batch_index 3"]);
        msg.ShouldContain(fixture.Paused);
        await RefusedAsync(() => Operate("{\"operation_type\":\"SKIP_BATCH\",\"batch_index\":3}"), "COC.00040713", ["batch_index 3", "1..2"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"SKIP_BATCH\",\"batch_index\":999999}"), "COC.00040713", ["batch_index 999999"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"RETRY_FAILED\",\"batch_index\":7}"), "COC.00040713", ["batch_index 7"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public async Task A_batch_index_that_is_not_a_positive_integer_is_invalid(string index)
    {
        await RefusedAsync(() => D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{fixture.Paused}/batches/{index}?limit=10"), Invalid, ["batch_index"]);
    }

    [Fact]
    public async Task Unknown_instance_id_is_COCs_instance_not_found()
    {
        await RefusedAsync(() => Operate("{\"operation_type\":\"CANCEL_INSTANCE\",\"instance_id\":999999}"), "COC.00040711", ["instance_id 999999"]);
        // An instance of another ticket is not one of this ticket.
        await RefusedAsync(() => Operate($"{{\"operation_type\":\"CANCEL_INSTANCE\",\"instance_id\":{fixture.OtherInstance}}}"), "COC.00040711",
            [$"instance_id {fixture.OtherInstance}"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"RETRY_INSTANCE\",\"instance_id\":999999}"), "COC.00040711", ["instance_id 999999"]);
        await RefusedAsync(() => D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{fixture.Paused}/instances/{fixture.OtherInstance}/output"), "COC.00040711");
    }

    [Fact]
    public async Task Operations_the_ticket_state_refuses_name_the_rule()
    {
        // The first batch's host is FINISHED: nothing to cancel, nothing to retry.
        await RefusedAsync(() => Operate($"{{\"operation_type\":\"CANCEL_INSTANCE\",\"instance_id\":{fixture.FirstInstance}}}"), "COC.00040712", ["FINISHED"]);
        await RefusedAsync(() => Operate($"{{\"operation_type\":\"RETRY_INSTANCE\",\"instance_id\":{fixture.FirstInstance}}}"), "COC.00040712", ["FINISHED"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"SKIP_BATCH\",\"batch_index\":1}"), "COC.00040714", ["batch_index 1"]);
        // The other ticket is FINISHED: terminal.
        await RefusedAsync(() => Operate("{\"operation_type\":\"CANCEL_ORDER\"}", fixture.Other), "COC.00040710", ["FINISHED"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"PAUSE_ORDER\"}", fixture.Other), "COC.00040710", ["FINISHED"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"CONTINUE_ORDER\"}", fixture.Other), "COC.00040710", ["FINISHED"]);
    }

    [Fact]
    public async Task Bad_operation_bodies_name_the_field_and_the_rule()
    {
        await RefusedAsync(() => Operate("{\"operation_type\":\"STOP\"}"), Invalid,
            ["operation_type", "CANCEL_INSTANCE, SKIP_BATCH, PAUSE_ORDER, CONTINUE_ORDER, CANCEL_ORDER"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"cancel_order\"}"), Invalid, ["operation_type", "CANCEL_ORDER"]);
        await RefusedAsync(() => Operate("{}"), Invalid, ["operation_type", "required"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"\"}"), Invalid, ["operation_type", "required"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"CANCEL_INSTANCE\"}"), Invalid, ["instance_id", "required for CANCEL_INSTANCE"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"RETRY_INSTANCE\"}"), Invalid, ["instance_id", "required for RETRY_INSTANCE"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"SKIP_BATCH\"}"), Invalid, ["batch_index", "required for SKIP_BATCH"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"SKIP_BATCH\",\"batch_index\":0}"), Invalid, ["batch_index", "at least 1"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"CANCEL_INSTANCE\",\"instance_id\":0}"), Invalid, ["instance_id", "at least 1"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"CANCEL_INSTANCE\",\"instance_id\":\"abc\"}"), Malformed, ["instance_id", "must be an integer"]);
        await RefusedAsync(() => Operate("{\"operation_type\":\"SKIP_BATCH\",\"batch_index\":[1]}"), Malformed, ["batch_index", "must be an integer"]);
        await RefusedAsync(() => Operate("{\"operation_type\":7}"), Malformed, ["operation_type", "must be a string"]);
        await RefusedAsync(() => Operate("{\"operation_type\":"), Malformed, ["not valid JSON"]);
        await RefusedAsync(() => Operate(""), Malformed, ["request body"]);
        await RefusedAsync(() => Operate("[\"CANCEL_ORDER\"]"), Malformed, ["request body"]);
    }

    [Fact]
    public async Task Valid_operations_that_change_nothing_are_accepted_idempotently()
    {
        // Pausing a paused ticket is a 200 and no change (semantics §3 Operations).
        var before = await D.TicketSnapshotAsync(fixture.Paused);
        (await Operate("{\"operation_type\":\"PAUSE_ORDER\"}")).Ok().Str().ShouldBe(fixture.Paused);
        (await D.TicketSnapshotAsync(fixture.Paused)).ShouldBe(before);
    }

    [Theory]
    [InlineData("limit=0", "limit", "between 1 and 100")]
    [InlineData("limit=101", "limit", "between 1 and 100")]
    [InlineData("limit=x", "limit", "integer")]
    [InlineData("marker=0", "marker", "between 1")]
    [InlineData("marker=-5", "marker", "between 1")]
    [InlineData("marker=abc", "marker", "integer")]
    [InlineData("status=READY", "status", "PROCESSING, ABNORMAL, PAUSED, CANCELED, FINISHED")]
    [InlineData("status=RUNNING", "status", "PROCESSING, ABNORMAL, PAUSED, CANCELED, FINISHED")]
    [InlineData("status=finished", "status", "PROCESSING, ABNORMAL, PAUSED, CANCELED, FINISHED")]
    [InlineData("start_time=yesterday", "start_time", "integer")]
    [InlineData("end_time=-1", "end_time", "between")]
    [InlineData("name_like=", "name_like", "length")]
    [InlineData("creator=", "creator", "length")]
    public async Task Ticket_list_refuses_bad_queries_naming_the_parameter(string query, string field, string rule)
    {
        var msg = (await D.GetAsync("/v1/job/script/orders?" + query)).ShouldBe400(Invalid);
        msg.ShouldStartWith(field + ":");
        msg.ShouldContain(rule);
    }

    [Theory]
    [InlineData("", "limit", "required")]
    [InlineData("?limit=0", "limit", "between 1 and 1000")]
    [InlineData("?limit=1001", "limit", "between 1 and 1000")]
    [InlineData("?limit=ten", "limit", "integer")]
    [InlineData("?limit=10&marker=-1", "marker", "between")]
    [InlineData("?limit=10&status=DONE", "status", "READY, PROCESSING, FINISHED, ABNORMAL, CANCELED")]
    [InlineData("?limit=10&status=PAUSED", "status", "READY, PROCESSING, FINISHED, ABNORMAL, CANCELED")]
    public async Task Batch_detail_refuses_bad_queries_naming_the_parameter(string query, string field, string rule)
    {
        var msg = (await D.GetAsync($"/v1/job/script/orders/{fixture.Paused}/batches/1{query}")).ShouldBe400(Invalid);
        msg.ShouldStartWith(field + ":");
        msg.ShouldContain(rule);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("marker=0", "marker")]
    [InlineData("status=BROKEN", "status")]
    [InlineData("status=online", "status")]
    [InlineData("region_id=", "region_id")]
    [InlineData("resource_id=", "resource_id")]
    public async Task Agent_list_refuses_bad_queries_naming_the_parameter(string query, string field)
    {
        var msg = (await D.GetAsync("/v1/agents?" + query)).ShouldBe400(Invalid);
        msg.ShouldStartWith(field + ":");
        if (field == "status") msg.ShouldContain("ONLINE, OFFLINE, UNINSTALLED");
    }
}
