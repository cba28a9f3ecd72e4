using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// ExecuteScript (reference §3.10, §11.3; semantics §1, §3): every refused body is a 400 naming the field and the
/// rule, and creates no ticket (the ticket list and the script's usage_count stay as they were).
/// </summary>
public sealed class ExecuteValidationTests(ExecuteValidationTests.Fixture fixture) : IClassFixture<ExecuteValidationTests.Fixture>
{
    private const string Invalid = "COC.00010002";
    private const string Malformed = "COC.00010003";
    private const string BadParamValue = "COC.00040601";

    public sealed class Fixture : DroverFixture
    {
        public string Script { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Script = await D.CreateScriptAsync(ScriptBody("exec_target", "echo ${who} ${pw}",
                parameters: [Param("who", "world"), Param("pw", "s3cret", sensitive: true, order: 2)]));
        }
    }

    private TestDrover D => fixture.D;

    private static JsonObject Valid() => ExecuteBody([["h1", "h2"], ["h3"]], parameters: [ValueOf("who", "ops")]);

    /// <summary>
    /// Which tickets exist, and the scripts as stored. Not the tickets' statuses: tickets that earlier tests of this
    /// class created on the shared server may still be ending while a refusal is checked.
    /// </summary>
    private async Task<string> SnapshotAsync()
    {
        var tickets = (await D.GetAsync("/v1/job/script/orders?limit=100")).Ok();
        var ids = string.Join(",", tickets["data"]!.AsArray().Select(t => t!["execute_uuid"]!.GetValue<string>()));
        var script = (await D.GetAsync($"/v1/job/scripts?limit=100")).Ok();
        return $"{tickets["total"]}:{ids}|{script.ToJsonString()}";
    }

    private async Task<string> RefusedAsync(string body, string code, params string[] mentions)
    {
        var before = await SnapshotAsync();
        var r = await D.SendAsync(HttpMethod.Post, $"/v1/job/scripts/{fixture.Script}", body);
        var msg = r.ShouldBe400(code);
        foreach (var m in mentions) msg.ShouldContain(m, Case.Sensitive, $"message: {msg}");
        (await SnapshotAsync()).ShouldBe(before, "a refused execute changed something");
        return msg;
    }

    private static JsonArray Hosts(string prefix, int n) => new(Enumerable.Range(1, n).Select(i => (JsonNode)Target($"{prefix}{i}")).ToArray());

    private static JsonArray Batches(int n) => new(Enumerable.Range(1, n).Select(i => (JsonNode)Batch(i, "CONTINUE", $"b{i}")).ToArray());

    public static TheoryData<string> Cases => new(CasesByName.Keys);

    private static readonly Dictionary<string, (Func<JsonObject, string> Body, string Code, string[] Mentions)> CasesByName = new()
    {
        ["invalid JSON"] = (_ => "{\"execute_param\": {", Malformed, ["not valid JSON"]),
        ["empty body"] = (_ => "", Malformed, ["request body"]),
        ["array body"] = (_ => "[]", Malformed, ["request body"]),
        // Wrong types: the message names the field by its JSON path.
        ["timeout is a string"] = (b => b.With("execute_param.timeout", "abc").ToJsonString(), Malformed, ["execute_param.timeout", "must be an integer"]),
        ["timeout is a fraction"] = (b => b.With("execute_param.timeout", 30.5).ToJsonString(), Malformed, ["execute_param.timeout", "must be an integer"]),
        ["timeout is true"] = (b => b.With("execute_param.timeout", true).ToJsonString(), Malformed, ["execute_param.timeout"]),
        ["success_rate is a string"] = (b => b.With("execute_param.success_rate", "high").ToJsonString(), Malformed, ["execute_param.success_rate", "must be a number"]),
        ["execute_param is an array"] = (b => b.With("execute_param", new JsonArray()).ToJsonString(), Malformed, ["execute_param", "must be an object"]),
        ["execute_batches is an object"] = (b => b.With("execute_batches", new JsonObject()).ToJsonString(), Malformed, ["execute_batches", "must be an array"]),
        ["batch_index is a string"] = (b => b.With("execute_batches[0].batch_index", "first").ToJsonString(), Malformed, ["execute_batches[0].batch_index", "must be an integer"]),
        ["resource_id is a number"] = (b => b.With("execute_batches[0].target_instances[0].resource_id", 42).ToJsonString(), Malformed,
            ["execute_batches[0].target_instances[0].resource_id", "must be a string"]),
        // Missing required fields, each named.
        ["execute_param missing"] = (b => b.Without("execute_param").ToJsonString(), Invalid, ["execute_param", "required"]),
        ["timeout missing"] = (b => b.Without("execute_param.timeout").ToJsonString(), Invalid, ["execute_param.timeout", "required"]),
        ["success_rate missing"] = (b => b.Without("execute_param.success_rate").ToJsonString(), Invalid, ["execute_param.success_rate", "required"]),
        ["execute_user missing"] = (b => b.Without("execute_param.execute_user").ToJsonString(), Invalid, ["execute_param.execute_user", "required"]),
        ["execute_batches missing"] = (b => b.Without("execute_batches").ToJsonString(), Invalid, ["execute_batches", "required"]),
        ["execute_batches empty"] = (b => b.With("execute_batches", new JsonArray()).ToJsonString(), Invalid, ["execute_batches", "at least 1"]),
        ["batch_index missing"] = (b => b.Without("execute_batches[0].batch_index").ToJsonString(), Invalid, ["execute_batches[0].batch_index", "required"]),
        ["rotation_strategy missing"] = (b => b.Without("execute_batches[1].rotation_strategy").ToJsonString(), Invalid, ["execute_batches[1].rotation_strategy", "required"]),
        ["target_instances missing"] = (b => b.Without("execute_batches[0].target_instances").ToJsonString(), Invalid, ["execute_batches[0].target_instances", "required"]),
        ["target list empty"] = (b => b.With("execute_batches[0].target_instances", new JsonArray()).ToJsonString(), Invalid, ["execute_batches[0].target_instances", "at least 1 host"]),
        ["resource_id missing"] = (b => b.Without("execute_batches[0].target_instances[1].resource_id").ToJsonString(), Invalid, ["execute_batches[0].target_instances[1].resource_id", "required"]),
        ["region_id missing"] = (b => b.Without("execute_batches[1].target_instances[0].region_id").ToJsonString(), Invalid, ["execute_batches[1].target_instances[0].region_id", "required"]),
        ["param_name missing"] = (b => b.With("execute_param.script_params", new JsonArray(new JsonObject { ["param_value"] = "x" })).ToJsonString(), Invalid,
            ["execute_param.script_params[0].param_name", "required"]),
        ["param_value missing"] = (b => b.With("execute_param.script_params", new JsonArray(new JsonObject { ["param_name"] = "who" })).ToJsonString(), Invalid,
            ["execute_param.script_params[0].param_value", "required"]),
        // Enums, with the allowed values.
        ["rotation_strategy STOP"] = (b => b.With("execute_batches[0].rotation_strategy", "STOP").ToJsonString(), Invalid, ["execute_batches[0].rotation_strategy", "CONTINUE, PAUSE"]),
        ["rotation_strategy lower case"] = (b => b.With("execute_batches[0].rotation_strategy", "pause").ToJsonString(), Invalid, ["CONTINUE, PAUSE"]),
        ["target type DOCKER"] = (b => b.With("execute_batches[0].target_instances[0].type", "DOCKER").ToJsonString(), Invalid, ["execute_batches[0].target_instances[0].type", "CLOUDSERVER"]),
        // Timeout: 5 < t <= limit.
        ["timeout 5"] = (b => b.With("execute_param.timeout", 5).ToJsonString(), Invalid, ["execute_param.timeout", "greater than 5"]),
        ["timeout 0"] = (b => b.With("execute_param.timeout", 0).ToJsonString(), Invalid, ["execute_param.timeout"]),
        ["timeout -1"] = (b => b.With("execute_param.timeout", -1).ToJsonString(), Invalid, ["execute_param.timeout"]),
        ["timeout over a day"] = (b => b.With("execute_param.timeout", 86_401).ToJsonString(), Invalid, ["execute_param.timeout", "86400"]),
        ["timeout over int32"] = (b => b.With("execute_param.timeout", 3_000_000_000L).ToJsonString(), Malformed, ["execute_param.timeout"]),
        // Success rate: 1-100, one decimal.
        ["success_rate 0"] = (b => b.With("execute_param.success_rate", 0).ToJsonString(), Invalid, ["execute_param.success_rate", "between 1 and 100"]),
        ["success_rate 101"] = (b => b.With("execute_param.success_rate", 101).ToJsonString(), Invalid, ["execute_param.success_rate", "between 1 and 100"]),
        ["success_rate 0.9"] = (b => b.With("execute_param.success_rate", 0.9).ToJsonString(), Invalid, ["execute_param.success_rate", "between 1 and 100"]),
        ["success_rate 99.95"] = (b => b.With("execute_param.success_rate", 99.95).ToJsonString(), Invalid, ["execute_param.success_rate", "one decimal"]),
        ["success_rate 50.01"] = (b => b.With("execute_param.success_rate", 50.01).ToJsonString(), Invalid, ["execute_param.success_rate", "one decimal"]),
        // execute_user: a plain user name.
        ["execute_user with a space"] = (b => b.With("execute_param.execute_user", "ro ot").ToJsonString(), Invalid, ["execute_param.execute_user"]),
        ["execute_user with ;"] = (b => b.With("execute_param.execute_user", "root;id").ToJsonString(), Invalid, ["execute_param.execute_user"]),
        ["execute_user of 33"] = (b => b.With("execute_param.execute_user", new string('u', 33)).ToJsonString(), Invalid, ["execute_param.execute_user"]),
        ["execute_user empty"] = (b => b.With("execute_param.execute_user", "").ToJsonString(), Invalid, ["execute_param.execute_user", "required"]),
        // Parameters.
        ["21 parameters"] = (b => b.With("execute_param.script_params", new JsonArray(Enumerable.Range(1, 21).Select(i => (JsonNode)ValueOf($"p{i}", "v")).ToArray())).ToJsonString(),
            Invalid, ["execute_param.script_params", "20"]),
        ["duplicate parameter"] = (b => b.With("execute_param.script_params", new JsonArray(ValueOf("who", "a"), ValueOf("who", "b"))).ToJsonString(), Invalid,
            ["execute_param.script_params[1].param_name", "duplicate", "who"]),
        ["unknown parameter"] = (b => b.With("execute_param.script_params", new JsonArray(ValueOf("nope", "a"))).ToJsonString(), Invalid,
            ["execute_param.script_params[0].param_name", "nope", "who, pw"]),
        ["param_refer"] = (b => b.With("execute_param.script_params", new JsonArray(new JsonObject { ["param_name"] = "who", ["param_value"] = "",
            ["param_refer"] = new JsonObject { ["refer_type"] = "PARAM_STORE", ["param_id"] = "x" } })).ToJsonString(), Invalid, ["param_refer"]),
        ["value with $"] = (b => b.With("execute_param.script_params[0].param_value", "$HOME").ToJsonString(), BadParamValue, ["execute_param.script_params[0].param_value", "The paramValue is invalid"]),
        ["value with ;"] = (b => b.With("execute_param.script_params[0].param_value", "x;reboot").ToJsonString(), BadParamValue, ["execute_param.script_params[0].param_value"]),
        ["value with |"] = (b => b.With("execute_param.script_params[0].param_value", "x|sh").ToJsonString(), BadParamValue, ["execute_param.script_params[0].param_value"]),
        ["value with a backtick"] = (b => b.With("execute_param.script_params[0].param_value", "`reboot`").ToJsonString(), BadParamValue, ["execute_param.script_params[0].param_value"]),
        ["value with .."] = (b => b.With("execute_param.script_params[0].param_value", "a/../b").ToJsonString(), BadParamValue, ["execute_param.script_params[0].param_value", "two consecutive dots"]),
        ["value with a newline"] = (b => b.With("execute_param.script_params[0].param_value", "x\nreboot").ToJsonString(), BadParamValue, ["execute_param.script_params[0].param_value"]),
        ["value with &"] = (b => b.With("execute_param.script_params[0].param_value", "x&&reboot").ToJsonString(), BadParamValue, ["execute_param.script_params[0].param_value"]),
        ["value with a quote"] = (b => b.With("execute_param.script_params[0].param_value", "x\"y").ToJsonString(), BadParamValue, ["execute_param.script_params[0].param_value"]),
        // Batches.
        ["duplicate batch_index"] = (b => b.With("execute_batches[1].batch_index", 1).ToJsonString(), Invalid, ["execute_batches[1].batch_index", "duplicate batch_index 1"]),
        ["gap in batch_index"] = (b => b.With("execute_batches[1].batch_index", 3).ToJsonString(), Invalid, ["execute_batches", "without gaps", "2 is missing"]),
        ["batch_index 0"] = (b => b.With("execute_batches[0].batch_index", 0).ToJsonString(), Invalid, ["execute_batches[0].batch_index", "between 1 and"]),
        ["101 batches"] = (b => b.With("execute_batches", Batches(101)).ToJsonString(), Invalid, ["execute_batches", "at most 100 batches"]),
        ["same host twice in a batch"] = (b => b.With("execute_batches[0].target_instances[1].resource_id", "h1").ToJsonString(), Invalid,
            ["execute_batches[0].target_instances[1].resource_id", "more than once"]),
        ["same host in two batches"] = (b => b.With("execute_batches[1].target_instances[0].resource_id", "h2").ToJsonString(), Invalid,
            ["execute_batches[1].target_instances[0].resource_id", "h2", "more than once"]),
        ["mixed providers"] = (b => b.With("execute_batches[1].target_instances[0].provider", "CCE").ToJsonString(), Invalid,
            ["execute_batches[1].target_instances[0].provider", "same provider"]),
        ["resource_id of 65"] = (b => b.With("execute_batches[0].target_instances[0].resource_id", new string('r', 65)).ToJsonString(), Invalid, ["resource_id", "1-64"]),
        ["6 custom attributes"] = (b => b.With("execute_batches[0].target_instances[0].custom_attributes", new JsonArray(Enumerable.Range(1, 6)
            .Select(i => (JsonNode)new JsonObject { ["key"] = $"k{i}", ["value"] = "v" }).ToArray())).ToJsonString(), Invalid, ["custom_attributes", "5"]),
        // Extensions.
        ["max_concurrency 0"] = (b => b.With("execute_param.max_concurrency", 0).ToJsonString(), Invalid, ["execute_param.max_concurrency", "at least 1"]),
        ["wait_agent_seconds -1"] = (b => b.With("execute_param.wait_agent_seconds", -1).ToJsonString(), Invalid, ["execute_param.wait_agent_seconds", "between 0 and 86400"]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Execute_refuses(string name)
    {
        var (body, code, mentions) = CasesByName[name];
        await RefusedAsync(body(Valid()), code, mentions);
    }

    [Fact]
    public async Task Execute_accepts_the_edges_of_each_rule()
    {
        // Hosts without agents: each ticket ends ABNORMAL ("agent offline") without running anything.
        var accepted = new List<JsonObject>
        {
            Valid().With("execute_param.timeout", 6),
            Valid().With("execute_param.timeout", 86_400),
            Valid().With("execute_param.timeout", "300"), // COC's own examples send numbers as strings
            Valid().With("execute_param.success_rate", 1),
            Valid().With("execute_param.success_rate", 99.9),
            Valid().With("execute_param.success_rate", 100),
            Valid().With("execute_param.execute_user", "deploy_user-1.x"),
            Valid().With("execute_param.script_params", new JsonArray(ValueOf("pw", Masked), ValueOf("who", ""))),
            Valid().With("execute_batches", Batches(100)),
            Valid().With("execute_batches", new JsonArray(Batch(2, "PAUSE", "x2"), Batch(1, "CONTINUE", "x1"))), // any order, no gaps
            Valid().With("execute_batches[0].target_instances", Hosts("many-", 300)),
            Valid().Without("execute_param.script_params").Without("execute_param.resourceful"),
            // What COC's SDK clients send besides: deprecated fields, param_order, full targets, fields Drover does not know.
            Valid().With("execute_param.script_params", new JsonArray(new JsonObject { ["param_name"] = "who", ["param_value"] = "x", ["param_order"] = 1 }))
                .With("execute_batches[0].target_instances[0]", new JsonObject
                {
                    ["resource_id"] = "full-1", ["region_id"] = "cn-north-4", ["provider"] = "ECS", ["type"] = "CLOUDSERVER",
                    ["agent_sn"] = "sn-1", ["project_id"] = "p1",
                    ["custom_attributes"] = new JsonArray(Enumerable.Range(1, 5).Select(i => (JsonNode)new JsonObject { ["key"] = $"k{i}", ["value"] = "v" }).ToArray()),
                })
                .With("enterprise_project_id", "0").With("execute_param.some_future_field", 1),
        };
        var before = await D.TicketTotalAsync();
        foreach (var body in accepted)
        {
            var r = await D.PostAsync($"/v1/job/scripts/{fixture.Script}", body);
            TicketUuidPattern().IsMatch(r.Ok().Str()).ShouldBeTrue(body.ToJsonString()[..Math.Min(300, body.ToJsonString().Length)]);
        }
        (await D.TicketTotalAsync()).ShouldBe(before + accepted.Count);
    }

    [Fact]
    public async Task Execute_of_an_unknown_script_is_not_found_and_creates_nothing()
    {
        var before = await SnapshotAsync();
        var msg = (await D.PostAsync($"/v1/job/scripts/{MissingScript}", Valid())).ShouldBe400("COC.00040603");
        msg.ShouldContain(MissingScript);
        (await SnapshotAsync()).ShouldBe(before);
    }
}
