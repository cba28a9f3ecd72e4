using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Drover.IntegrationTests.Api;

namespace Drover.IntegrationTests.Documents;

/// <summary>Request bodies and wire checks for the job ("document") and atomic tests.</summary>
public static partial class DocumentKit
{
    public const string MissingDocument = "DM20990101000000abcdef012";
    public const string NotFoundCode = "COC.00040901";
    public const string NameTakenCode = "COC.00040902";
    public const string ContentInvalidCode = "COC.00040903";
    public const string VersionNotFoundCode = "COC.00040904";
    public const string AtomicNotFoundCode = "COC.00040905";
    public const string InvalidCode = "COC.00010002";

    [GeneratedRegex(@"^DM\d{14}[0-9a-f]{9}\z")]
    public static partial Regex DocumentIdPattern();

    public static readonly string[] DetailKeys =
    [
        "id", "document_id", "name", "content", "description", "risk_level", "create_time", "update_time", "version", "versions",
        "creator", "modifier", "enterprise_project_id",
    ];

    public static readonly string[] ListRowKeys =
        ["document_id", "name", "create_time", "update_time", "version", "creator", "modifier", "enterprise_project_id"];

    /// <summary>A valid job: a sleep step and, when <paramref name="marker"/> is given, an input holding it (to tell versions apart).</summary>
    public static string Content(string marker = "one") => $"""
        meta:
          name: job_{marker}
        inputs:
          marker:
            default: {marker}
        steps:
          - name: nap
            task: hwc:runbook:sleep@1.0.0
            inputs: {"{"}seconds: 1{"}"}
        """;

    public static JsonObject Body(string name, string? content = null, string risk = "LOW", string? description = "api test",
        string? enterprise = null, JsonArray? tags = null)
    {
        var body = new JsonObject { ["name"] = name, ["content"] = content ?? Content(), ["risk_level"] = risk };
        if (description is not null) body["description"] = description;
        if (enterprise is not null) body["enterprise_project_id"] = enterprise;
        if (tags is not null) body["tags"] = tags;
        return body;
    }

    public static JsonObject UpdateBody(string name, string content, string? risk = null, string? description = null)
    {
        var body = new JsonObject { ["name"] = name, ["content"] = content };
        if (risk is not null) body["risk_level"] = risk;
        if (description is not null) body["description"] = description;
        return body;
    }

    public static async Task<string> CreateDocumentAsync(this TestDrover d, JsonObject body, string? project = null) =>
        (await d.PostAsync("/v1/documents", body, project)).Ok().Str();

    public static async Task<JsonNode> DocumentAsync(this TestDrover d, string id, string? project = null, string query = "") =>
        (await d.GetAsync($"/v1/documents/{id}{query}", project)).Ok();

    /// <summary>Asserts the opsflow family's flat list, exactly <c>{"total": n, "data": [...]}</c>, and answers it.</summary>
    public static JsonNode FlatList(this Reply r)
    {
        r.Status.ShouldBe(200, r.Text);
        r.Body.ShouldNotBeNull(r.Text);
        r.Body.ShouldHaveKeys("total", "data");
        r.Body["data"].ShouldBeOfType<JsonArray>();
        return r.Body;
    }

    public static async Task<JsonNode> DocumentListAsync(this TestDrover d, string query = "", string? project = null) =>
        (await d.GetAsync("/v1/documents" + query, project)).FlatList();

    /// <summary>Everything a client can read about a project's jobs, for "nothing changed" comparisons.</summary>
    public static async Task<string> SnapshotAsync(this TestDrover d, string project)
    {
        var list = await d.DocumentListAsync("?limit=100", project);
        var all = new JsonArray();
        foreach (var row in list["data"]!.AsArray())
            all.Add((await d.DocumentAsync(row!["document_id"].Str(), project)).DeepClone());
        return new JsonObject { ["list"] = list.DeepClone(), ["details"] = all }.ToJsonString();
    }

    /// <summary>A project of the test's own (created as the bootstrap admin): tests do not see each other's jobs.</summary>
    public static async Task<string> NewProjectAsync(this TestDrover d)
    {
        var id = "p" + Guid.NewGuid().ToString("N")[..12];
        await d.EnsureProjectAsync(id);
        return id;
    }
}

/// <summary>One server for a test class; each test works in a project of its own so tests do not see each other.</summary>
public sealed class DocumentServer : DroverFixture;
