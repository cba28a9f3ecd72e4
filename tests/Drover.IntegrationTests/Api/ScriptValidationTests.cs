using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// Bad input to the script endpoints gets a 400 in COC's shape whose message names the field and the rule, and
/// changes nothing (semantics §1; reference §3.1, §3.3-§3.8).
/// </summary>
public sealed class ScriptValidationTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private const string Invalid = "COC.00010002";
    private const string Malformed = "COC.00010003";
    private const string BadParamValue = "COC.00040601";

    private TestDrover D => fixture.D;

    private static JsonObject Valid() => ScriptBody("valid_script", "echo ${who}", parameters: [Param("who", "world")]);

    /// <summary>Every script the project has, with its detail: what a refused request must leave alone.</summary>
    private async Task<string> SnapshotAsync()
    {
        var list = (await D.GetAsync("/v1/job/scripts?limit=100")).Ok();
        var details = new JsonArray();
        foreach (var row in list["data"]!.AsArray())
            details.Add((await D.GetAsync($"/v1/job/scripts/{row!["script_uuid"].Str()}")).Ok().DeepClone());
        return new JsonObject { ["list"] = list.DeepClone(), ["details"] = details }.ToJsonString();
    }

    private async Task<string> RefusedAsync(Func<Task<Reply>> send, string code, params string[] mentions)
    {
        var before = await SnapshotAsync();
        var r = await send();
        var msg = r.ShouldBe400(code);
        foreach (var m in mentions) msg.ShouldContain(m, Case.Sensitive, $"message: {msg}");
        (await SnapshotAsync()).ShouldBe(before, "a refused request changed something");
        return msg;
    }

    private Task<Reply> CreateRaw(string body) => D.SendAsync(HttpMethod.Post, "/v1/job/scripts", body);

    private Task<Reply> Create(JsonObject body) => D.PostAsync("/v1/job/scripts", body);

    public static TheoryData<string> CreateCases => new(CreateCasesByName.Keys);

    private static readonly Dictionary<string, (Func<JsonObject, string> Body, string Code, string[] Mentions)> CreateCasesByName = new()
    {
        // Not JSON, or not an object.
        ["invalid JSON"] = (_ => "{\"name\": \"x\",", Malformed, ["not valid JSON"]),
        ["empty body"] = (_ => "", Malformed, ["request body"]),
        ["null body"] = (_ => "null", Malformed, ["request body"]),
        ["array body"] = (_ => "[1,2]", Malformed, ["request body"]),
        // Wrong types, named by field.
        ["name is a number"] = (b => b.With("name", 5).ToJsonString(), Malformed, ["name", "must be a string"]),
        ["properties is a string"] = (b => b.With("properties", "LOW").ToJsonString(), Malformed, ["properties", "must be an object"]),
        ["script_params is an object"] = (b => b.With("script_params", new JsonObject()).ToJsonString(), Malformed, ["script_params", "must be an array"]),
        ["sensitive is a string"] = (b => b.With("script_params[0].sensitive", "yes").ToJsonString(), Malformed, ["script_params[0].sensitive", "true or false"]),
        ["reviewers is a string"] = (b => b.With("properties.reviewers", "bob").ToJsonString(), Malformed, ["properties.reviewers", "must be an array"]),
        // Missing required fields, each named.
        ["name missing"] = (b => b.Without("name").ToJsonString(), Invalid, ["name", "required"]),
        ["type missing"] = (b => b.Without("type").ToJsonString(), Invalid, ["type", "required"]),
        ["content missing"] = (b => b.Without("content").ToJsonString(), Invalid, ["content", "required"]),
        ["content empty"] = (b => b.With("content", "").ToJsonString(), Invalid, ["content", "required"]),
        ["description missing"] = (b => b.Without("description").ToJsonString(), Invalid, ["description", "required"]),
        ["properties missing"] = (b => b.Without("properties").ToJsonString(), Invalid, ["properties", "required"]),
        ["risk_level missing"] = (b => b.Without("properties.risk_level").ToJsonString(), Invalid, ["properties.risk_level", "required"]),
        ["version missing"] = (b => b.Without("properties.version").ToJsonString(), Invalid, ["properties.version", "required"]),
        ["param_name missing"] = (b => b.Without("script_params[0].param_name").ToJsonString(), Invalid, ["script_params[0].param_name", "required"]),
        ["reviewer_name missing"] = (b => b.With("properties.reviewers", new JsonArray(new JsonObject { ["reviewer_id"] = "1" })).ToJsonString(),
            Invalid, ["properties.reviewers[0].reviewer_name"]),
        // Wrong enum values, with the allowed ones in the message.
        ["type JAVA"] = (b => b.With("type", "JAVA").ToJsonString(), Invalid, ["type", "SHELL, PYTHON, BAT"]),
        ["type lower case"] = (b => b.With("type", "shell").ToJsonString(), Invalid, ["type", "SHELL, PYTHON, BAT"]),
        ["risk_level SUPER"] = (b => b.With("properties.risk_level", "SUPER").ToJsonString(), Invalid, ["properties.risk_level", "LOW, MEDIUM, HIGH"]),
        ["protocol PIGEON"] = (b => b.With("properties.protocol", "PIGEON").ToJsonString(), Invalid, ["properties.protocol", "DEFAULT"]),
        // Names: letters, digits, '_' and CJK only, 1-64.
        ["name with a dash"] = (b => b.With("name", "bad-name").ToJsonString(), Invalid, ["name", "letters, digits or '_'"]),
        ["name with a space"] = (b => b.With("name", "bad name").ToJsonString(), Invalid, ["name"]),
        ["name with a semicolon"] = (b => b.With("name", "bad;rm").ToJsonString(), Invalid, ["name"]),
        ["name with a dot"] = (b => b.With("name", "a.b").ToJsonString(), Invalid, ["name"]),
        ["name of 65 characters"] = (b => b.With("name", new string('n', 65)).ToJsonString(), Invalid, ["name", "1-64"]),
        // Lengths and counts.
        ["description of 257"] = (b => b.With("description", new string('d', 257)).ToJsonString(), Invalid, ["description", "256"]),
        ["version of 11"] = (b => b.With("properties.version", "1.0.0.0.0.0").ToJsonString(), Invalid, ["properties.version", "10"]),
        ["6 reviewers"] = (b => b.With("properties.reviewers", new JsonArray(Enumerable.Range(1, 6)
            .Select(i => (JsonNode)new JsonObject { ["reviewer_name"] = $"r{i}", ["reviewer_id"] = $"{i}" }).ToArray())).ToJsonString(), Invalid, ["properties.reviewers", "5"]),
        ["content over 100 KB"] = (b => b.With("content", new string('#', 100 * 1024 + 1)).ToJsonString(), Invalid, ["content", "102400"]),
        ["21 parameters"] = (b => b.With("script_params", new JsonArray(Enumerable.Range(1, 21)
            .Select(i => (JsonNode)Param($"p{i}", "v", order: i)).ToArray())).ToJsonString(), Invalid, ["script_params", "20"]),
        ["duplicate parameter names"] = (b => b.With("script_params", new JsonArray(Param("who", "a"), Param("who", "b", order: 2))).ToJsonString(),
            Invalid, ["script_params[1].param_name", "duplicate", "who"]),
        ["parameter name with a dash"] = (b => b.With("script_params[0].param_name", "a-b").ToJsonString(), Invalid, ["script_params[0].param_name"]),
        ["param_description of 257"] = (b => b.With("script_params[0].param_description", new string('x', 257)).ToJsonString(), Invalid, ["script_params[0].param_description"]),
        // Parameter values that could reach a shell: COC's own code for a bad value.
        ["value with $"] = (b => b.With("script_params[0].param_value", "a$b").ToJsonString(), BadParamValue, ["script_params[0].param_value", "The paramValue is invalid"]),
        ["value with ;"] = (b => b.With("script_params[0].param_value", "a;reboot").ToJsonString(), BadParamValue, ["script_params[0].param_value"]),
        ["value with |"] = (b => b.With("script_params[0].param_value", "a|sh").ToJsonString(), BadParamValue, ["script_params[0].param_value"]),
        ["value with a backtick"] = (b => b.With("script_params[0].param_value", "`id`").ToJsonString(), BadParamValue, ["script_params[0].param_value"]),
        ["value with .."] = (b => b.With("script_params[0].param_value", "../etc").ToJsonString(), BadParamValue, ["script_params[0].param_value", "two consecutive dots"]),
        ["value with a newline"] = (b => b.With("script_params[0].param_value", "a\nb").ToJsonString(), BadParamValue, ["script_params[0].param_value"]),
        ["value with &"] = (b => b.With("script_params[0].param_value", "a&b").ToJsonString(), BadParamValue, ["script_params[0].param_value"]),
        ["value with a quote"] = (b => b.With("script_params[0].param_value", "a'b").ToJsonString(), BadParamValue, ["script_params[0].param_value"]),
        ["value with a redirection"] = (b => b.With("script_params[0].param_value", "a>b").ToJsonString(), BadParamValue, ["script_params[0].param_value"]),
        ["value with parentheses"] = (b => b.With("script_params[0].param_value", "(a)").ToJsonString(), BadParamValue, ["script_params[0].param_value"]),
        ["value of 4097"] = (b => b.With("script_params[0].param_value", new string('v', 4097)).ToJsonString(), BadParamValue, ["script_params[0].param_value", "4096"]),
    };

    [Theory]
    [MemberData(nameof(CreateCases))]
    public async Task Create_refuses(string name)
    {
        var (body, code, mentions) = CreateCasesByName[name];
        await RefusedAsync(() => CreateRaw(body(Valid())), code, mentions);
    }

    [Fact]
    public async Task Create_accepts_the_edges_of_each_rule()
    {
        var reviewers = new List<TestUser>();
        for (var i = 1; i <= 5; i++) reviewers.Add(await D.CreateUserAsync($"r{i}"));
        var edge = ScriptBody("edge_" + new string('e', 59), "x", parameters: new JsonArray(Enumerable.Range(1, 20)
                .Select(i => (JsonNode)Param($"p{i}", i == 1 ? "a-z_A/Z .*?:,=+@#\\[{]}" : "", order: i)).ToArray()))
            .With("description", new string('d', 256)).With("properties.version", "1234567890")
            .With("properties.reviewers", new JsonArray(reviewers.Select(r => (JsonNode)r.Reviewer()).ToArray()));
        var uuid = await D.CreateScriptAsync(edge);
        var detail = (await D.GetAsync($"/v1/job/scripts/{uuid}")).Ok();
        detail["script_params"]!.AsArray().Count.ShouldBe(20);
        detail["script_params"]![0]!["param_value"].Str().ShouldBe("a-z_A/Z .*?:,=+@#\\[{]}");
        (await D.CreateScriptAsync(ScriptBody("中文脚本_1"))).ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_second_script_with_the_same_name_is_refused_with_COCs_duplicate_name_error()
    {
        await D.CreateScriptAsync(ScriptBody("dup_name"));
        var msg = await RefusedAsync(() => Create(ScriptBody("dup_name", "echo other")), "COC.00040602", ["name", "dup_name"]);
        msg.ShouldContain("Exist script with same name");
    }

    [Fact]
    public async Task Update_refuses_bad_input_and_keeps_the_script_as_it_was()
    {
        var uuid = await D.CreateScriptAsync(ScriptBody("update_target", "echo ${who}", parameters: [Param("who", "world"), Param("pw", "s3cret", sensitive: true, order: 2)]));
        var good = new JsonObject
        {
            ["content"] = "echo changed", ["description"] = "changed",
            ["properties"] = new JsonObject { ["risk_level"] = "HIGH", ["version"] = "2" },
            ["script_params"] = new JsonArray(Param("who", "x")),
        };
        Task<Reply> Put(string body, string id) => D.SendAsync(HttpMethod.Put, $"/v1/job/scripts/{id}", body);

        await RefusedAsync(() => Put(good.ToJsonString(), MissingScript), "COC.00040603", [MissingScript]);
        await RefusedAsync(() => Put("{\"content\":", uuid), Malformed, ["not valid JSON"]);
        await RefusedAsync(() => Put("", uuid), Malformed, ["request body"]);
        await RefusedAsync(() => Put(good.With("content", 7).ToJsonString(), uuid), Malformed, ["content", "must be a string"]);
        await RefusedAsync(() => Put(good.Without("content").ToJsonString(), uuid), Invalid, ["content", "required"]);
        await RefusedAsync(() => Put(good.Without("description").ToJsonString(), uuid), Invalid, ["description", "required"]);
        await RefusedAsync(() => Put(good.With("properties.risk_level", "NONE").ToJsonString(), uuid), Invalid, ["properties.risk_level", "LOW, MEDIUM, HIGH"]);
        await RefusedAsync(() => Put(good.Without("properties.version").ToJsonString(), uuid), Invalid, ["properties.version"]);
        await RefusedAsync(() => Put(good.With("script_params[0].param_value", "$(reboot)").ToJsonString(), uuid), BadParamValue, ["script_params[0].param_value"]);
        await RefusedAsync(() => Put(good.With("script_params", new JsonArray(Enumerable.Range(1, 21)
            .Select(i => (JsonNode)Param($"p{i}", "v", order: i)).ToArray())).ToJsonString(), uuid), Invalid, ["script_params", "20"]);
        await RefusedAsync(() => Put(good.With("script_params", new JsonArray(Param("a", "1"), Param("a", "2"))).ToJsonString(), uuid), Invalid, ["duplicate"]);
        await RefusedAsync(() => Put(good.With("content", new string('#', 100 * 1024 + 1)).ToJsonString(), uuid), Invalid, ["content", "102400"]);
        (await D.GetAsync($"/v1/job/scripts/{uuid}")).Ok()["content"].Str().ShouldBe("echo ${who}");
    }

    [Fact]
    public async Task Review_refuses_bad_decisions_and_scripts_that_are_not_pending()
    {
        var alice = await D.CreateUserAsync("alice");
        var pending = await D.CreateScriptAsync(ScriptBody("review_target", reviewers: [alice.Reviewer()]));
        var approved = await D.CreateScriptAsync(ScriptBody("review_nobody"));
        Task<Reply> Act(string id, string body) => D.SendAsync(HttpMethod.Post, $"/v1/job/scripts/{id}/action", body, token: alice.Token);

        await RefusedAsync(() => Act(pending, "{\"status\":\"MAYBE\"}"), Invalid, ["status", "APPROVED, REJECTED"]);
        await RefusedAsync(() => Act(pending, "{\"status\":\"PENDING_APPROVE\"}"), Invalid, ["status", "APPROVED, REJECTED"]);
        await RefusedAsync(() => Act(pending, "{\"status\":\"approved\"}"), Invalid, ["status", "APPROVED, REJECTED"]);
        await RefusedAsync(() => Act(pending, "{}"), Invalid, ["status", "required"]);
        await RefusedAsync(() => Act(pending, "{\"status\":true}"), Malformed, ["status", "must be a string"]);
        await RefusedAsync(() => Act(pending, "{\"status\":"), Malformed, ["not valid JSON"]);
        await RefusedAsync(() => Act(pending, ""), Malformed, ["request body"]);
        await RefusedAsync(() => Act(pending, $"{{\"status\":\"APPROVED\",\"comments\":\"{new string('c', 257)}\"}}"), Invalid, ["comments", "256"]);
        await RefusedAsync(() => Act(MissingScript, "{\"status\":\"APPROVED\"}"), "COC.00040603", [MissingScript]);
        await RefusedAsync(() => Act(approved, "{\"status\":\"APPROVED\"}"), "COC.00040606", ["APPROVED", "PENDING_APPROVE"]);
        (await D.GetAsync($"/v1/job/scripts/{pending}")).Ok()["status"].Str().ShouldBe("PENDING_APPROVE");
    }

    [Theory]
    [InlineData("", "limit", "required")]
    [InlineData("limit=0", "limit", "between 1 and 100")]
    [InlineData("limit=101", "limit", "between 1 and 100")]
    [InlineData("limit=-1", "limit", "between 1 and 100")]
    [InlineData("limit=abc", "limit", "integer")]
    [InlineData("limit=1.5", "limit", "integer")]
    [InlineData("limit=", "limit", "integer")]
    [InlineData("limit=99999999999999999999", "limit", "integer")]
    [InlineData("limit=10&marker=-1", "marker", "between")]
    [InlineData("limit=10&marker=x", "marker", "integer")]
    [InlineData("limit=10&type=JAVA", "type", "SHELL, PYTHON, BAT")]
    [InlineData("limit=10&type=", "type", "SHELL, PYTHON, BAT")]
    [InlineData("limit=10&risk_level=low", "risk_level", "LOW, MEDIUM, HIGH")]
    [InlineData("limit=10&name_like=", "name_like", "length")]
    [InlineData("limit=10&creator=", "creator", "length")]
    public async Task List_refuses_bad_queries_naming_the_parameter(string query, string field, string rule)
    {
        var msg = (await D.GetAsync("/v1/job/scripts?" + query)).ShouldBe400(Invalid);
        msg.ShouldStartWith(field + ":");
        msg.ShouldContain(rule);
    }

    [Fact]
    public async Task Unknown_or_malformed_script_ids_are_answered_as_not_found()
    {
        foreach (var (method, suffix, body) in new (string Method, string Suffix, string? Body)[] { ("GET", "", null), ("PUT", "", Valid().ToJsonString()), ("DELETE", "", null),
                     ("POST", "", ExecuteBody([["h"]]).ToJsonString()), ("POST", "/action", "{\"status\":\"APPROVED\"}") })
        {
            var msg = await RefusedAsync(() => D.SendAsync(new HttpMethod(method), $"/v1/job/scripts/{MissingScript}{suffix}", body), "COC.00040603", [MissingScript]);
            msg.ShouldContain("does not exist");
            // Longer than any script_uuid: COC's "invalid script uuid".
            var tooLong = new string('S', 26);
            await RefusedAsync(() => D.SendAsync(new HttpMethod(method), $"/v1/job/scripts/{tooLong}{suffix}", body), "COC.00040601", ["script_uuid"]);
        }
    }
}
