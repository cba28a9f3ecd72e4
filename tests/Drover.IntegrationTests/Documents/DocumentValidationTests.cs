using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Documents.DocumentKit;

namespace Drover.IntegrationTests.Documents;

/// <summary>
/// Every refused create or update is a 400 with a precise message (semantics §4: content naming the step and field)
/// and changes nothing.
/// </summary>
public sealed class DocumentValidationTests(DocumentServer server) : IClassFixture<DocumentServer>
{
    private TestDrover D => server.D;

    private const string Supported = "hwc:runbook:scripts@1.0.0, hwc:runbook:suspend@1.0.0, hwc:runbook:sleep@1.0.0, hwc:runbook:executeAPI@1.0.0";

    public static TheoryData<string, string, string> BadContent => new()
    {
        { "meta:\n  name: x\n steps: []\n", ContentInvalidCode, "content: line 3, column 2: While parsing a block mapping, did not find expected key." },
        { "test", ContentInvalidCode, "content: must be a YAML mapping with meta, inputs and steps, not a single value" },
        {
            "meta: {name: m}\nsteps:\n  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: 1}}\n  - {name: run, task: 'hwc:runbook:nope@1.0.0'}\n",
            ContentInvalidCode, $"content: steps[1] (run).task: unknown task 'hwc:runbook:nope@1.0.0' (supported: {Supported})"
        },
        {
            "meta: {name: m}\nsteps:\n  - {name: query-task, task: hwc:runbook:executeAPI@1.0.0, inputs: {url: 'https://x'}}\n",
            ContentInvalidCode, "content: steps[0] (query-task).inputs.method: required by hwc:runbook:executeAPI@1.0.0"
        },
        {
            "meta: {name: m}\nsteps:\n  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: '{{$globals.delay}}'}}\n",
            ContentInvalidCode, "content: steps[0] (nap).inputs.seconds: {{$globals.delay}} names no declared input (the document declares no inputs)"
        },
    };

    [Theory]
    [MemberData(nameof(BadContent))]
    public async Task Invalid_content_is_refused_on_create_and_update_and_changes_nothing(string content, string code, string message)
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("existing"), p);
        var before = await D.SnapshotAsync(p);

        (await D.PostAsync("/v1/documents", Body("new one", content), p)).ShouldBe400(code).ShouldBe(message);
        (await D.PutAsync($"/v1/documents/{id}", UpdateBody("existing", content), p)).ShouldBe400(code).ShouldBe(message);

        (await D.SnapshotAsync(p)).ShouldBe(before);
    }

    [Fact]
    public async Task Many_content_errors_are_joined_as_many_as_fit()
    {
        var steps = string.Concat(Enumerable.Range(0, 30).Select(i => $"  - {{name: s{i}, task: hwc:runbook:sleep@1.0.0}}\n"));
        var msg = (await D.PostAsync("/v1/documents", Body("many", "meta: {name: m}\nsteps:\n" + steps), await D.NewProjectAsync())).ShouldBe400(ContentInvalidCode);
        msg.Length.ShouldBeLessThanOrEqualTo(512);
        msg.ShouldStartWith("content: steps[0] (s0).inputs.seconds: required by hwc:runbook:sleep@1.0.0; content: steps[1] (s1).inputs.seconds: required by");
        var shown = msg.Split("; ").Length;
        msg.ShouldEndWith($"(and {30 - shown} more)");
    }

    public static TheoryData<string, JsonNode?, string> BadCreateFields => new()
    {
        { "name", null, "name: required" },
        { "name", "", "name: required" },
        { "name", new string('n', 129), "name: length must be between 1 and 128" },
        { "name", "a\nb", "name: must not contain control characters" },
        { "content", null, "content: required" },
        { "content", "", "content: required" },
        { "content", new string('#', 65_537), "content: length must be between 1 and 65536 (it has 65537)" },
        { "risk_level", null, "risk_level: required" },
        { "risk_level", "low", "risk_level: must be one of LOW, MEDIUM, HIGH" },
        { "description", new string('d', 501), "description: length must be between 0 and 500" },
        { "enterprise_project_id", new string('e', 129), "enterprise_project_id: length must be at most 128" },
        { "tags", new JsonArray(Enumerable.Range(0, 21).Select(i => (JsonNode)new JsonObject { ["key"] = "k" + i, ["value"] = "v" }).ToArray()), "tags: at most 20 tags" },
        { "tags", new JsonArray(new JsonObject { ["value"] = "v" }), "tags[0].key: required, length 1-128" },
        { "tags", new JsonArray(new JsonObject { ["key"] = "a" }, new JsonObject { ["key"] = "a" }), "tags[1].key: duplicate tag key 'a'" },
    };

    [Theory]
    [MemberData(nameof(BadCreateFields))]
    public async Task A_bad_create_field_is_a_400_naming_it_and_creates_nothing(string field, JsonNode? value, string message)
    {
        var p = await D.NewProjectAsync();
        var body = value is null ? Body("fine").Without(field) : Body("fine").With(field, value);
        (await D.PostAsync("/v1/documents", body, p)).ShouldBe400(InvalidCode).ShouldBe(message);
        (await D.DocumentListAsync("", p))["total"].Long().ShouldBe(0);
    }

    [Theory]
    [InlineData("name", null, "name: required")]
    [InlineData("content", null, "content: required")]
    [InlineData("risk_level", "EXTREME", "risk_level: must be one of LOW, MEDIUM, HIGH")]
    public async Task A_bad_update_field_is_a_400_naming_it_and_changes_nothing(string field, string? value, string message)
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("fine"), p);
        var before = await D.SnapshotAsync(p);
        var body = UpdateBody("fine", Content("two"), risk: "LOW");
        body = value is null ? body.Without(field) : body.With(field, value);
        (await D.PutAsync($"/v1/documents/{id}", body, p)).ShouldBe400(InvalidCode).ShouldBe(message);
        (await D.SnapshotAsync(p)).ShouldBe(before);
    }

    [Fact]
    public async Task A_malformed_body_is_a_400()
    {
        (await D.SendAsync(HttpMethod.Post, "/v1/documents", "{\"name\": 1}")).ShouldBe400("COC.00010003").ShouldBe("name: has the wrong type: must be a string");
        (await D.SendAsync(HttpMethod.Post, "/v1/documents", "")).ShouldBe400("COC.00010003");
    }

    [Fact]
    public async Task Missing_enterprise_project_defaults_to_0()
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("default ep"), p);
        (await D.DocumentAsync(id, p))["enterprise_project_id"].Str().ShouldBe("0");
    }
}
