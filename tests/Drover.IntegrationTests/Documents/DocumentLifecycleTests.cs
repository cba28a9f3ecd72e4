using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Documents.DocumentKit;

namespace Drover.IntegrationTests.Documents;

/// <summary>Create, read, update (a new version each time), delete (reference §5.2-§5.6; semantics §4).</summary>
public sealed class DocumentLifecycleTests(DocumentServer server) : IClassFixture<DocumentServer>
{
    private TestDrover D => server.D;

    [Fact]
    public async Task Create_answers_a_DM_id_and_get_answers_every_field_in_the_opsflow_envelope()
    {
        var p = await D.NewProjectAsync();
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var created = await D.PostAsync("/v1/documents", Body("deploy web", risk: "HIGH", description: "rolls out"), p);
        var id = created.Ok().Str();
        id.ShouldMatch(DocumentIdPattern().ToString());
        id.Length.ShouldBe(25);

        var doc = await D.DocumentAsync(id, p);
        doc.ShouldHaveKeys(DetailKeys);
        // COC's SDKs declare the internal id as a string.
        doc["id"]!.GetValueKind().ShouldBe(System.Text.Json.JsonValueKind.String);
        long.Parse(doc["id"].Str()).ShouldBeGreaterThan(0);
        doc["document_id"].Str().ShouldBe(id);
        doc["name"].Str().ShouldBe("deploy web");
        doc["content"].Str().ShouldBe(Content());
        doc["description"].Str().ShouldBe("rolls out");
        doc["risk_level"].Str().ShouldBe("HIGH");
        doc["version"].Str().ShouldBe("v1");
        doc["creator"].Str().ShouldBe("bootstrap");
        doc["modifier"].Str().ShouldBe("bootstrap");
        doc["enterprise_project_id"].Str().ShouldBe("0");
        doc["create_time"].ShouldBeRecentEpochMs("create_time");
        doc["create_time"].Long().ShouldBeGreaterThanOrEqualTo(before);
        doc["update_time"].Long().ShouldBe(doc["create_time"].Long());
        var v1 = doc["versions"]!.AsArray().ShouldHaveSingleItem()!;
        v1.ShouldHaveKeys("version", "version_uuid", "create_time");
        v1["version"].Str().ShouldBe("v1");
        Guid.TryParse(v1["version_uuid"].Str(), out _).ShouldBeTrue();
        // COC's SDKs declare a version's create_time as a string: epoch milliseconds as text.
        long.Parse(v1["create_time"].Str()).ShouldBe(doc["create_time"].Long());
    }

    [Fact]
    public async Task Enterprise_project_and_tags_are_kept_as_given_and_tags_are_not_answered()
    {
        var p = await D.NewProjectAsync();
        var tags = new JsonArray(new JsonObject { ["key"] = "team", ["value"] = "ops" });
        var id = await D.CreateDocumentAsync(Body("tagged", enterprise: "ep-1", tags: tags, description: null), p);
        var doc = await D.DocumentAsync(id, p);
        doc["enterprise_project_id"].Str().ShouldBe("ep-1");
        doc["description"].ShouldBeNull();
    }

    [Fact]
    public async Task Each_update_is_a_new_version_listed_newest_first_and_an_old_version_can_be_read()
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("versioned", Content("one"), risk: "LOW", description: "first"), p);
        (await D.PutAsync($"/v1/documents/{id}", UpdateBody("versioned", Content("two")), p)).Ok().Str().ShouldBe(id);
        (await D.PutAsync($"/v1/documents/{id}", UpdateBody("renamed", Content("three"), risk: "MEDIUM", description: "third"), p)).Ok().Str().ShouldBe(id);

        var latest = await D.DocumentAsync(id, p);
        latest["version"].Str().ShouldBe("v3");
        latest["content"].Str().ShouldBe(Content("three"));
        latest["name"].Str().ShouldBe("renamed");
        latest["risk_level"].Str().ShouldBe("MEDIUM");
        latest["description"].Str().ShouldBe("third");
        latest["update_time"].Long().ShouldBeGreaterThanOrEqualTo(latest["create_time"].Long());
        var versions = latest["versions"]!.AsArray();
        versions.Select(v => v!["version"].Str()).ShouldBe(["v3", "v2", "v1"]);
        versions.Select(v => v!["version_uuid"].Str()).Distinct().Count().ShouldBe(3);

        var v1 = await D.DocumentAsync(id, p, "?version=v1");
        v1["version"].Str().ShouldBe("v1");
        v1["content"].Str().ShouldBe(Content("one"));
        v1["versions"]!.ToJsonString().ShouldBe(versions.ToJsonString());
        (await D.DocumentAsync(id, p, "?version=v2"))["content"].Str().ShouldBe(Content("two"));
        (await D.DocumentAsync(id, p, "?version=v3&document_type=PRIVATE"))["content"].Str().ShouldBe(Content("three"));

        // The list shows the latest version.
        var row = (await D.DocumentListAsync("", p))["data"]!.AsArray().ShouldHaveSingleItem()!;
        row["version"].Str().ShouldBe("v3");
        row["name"].Str().ShouldBe("renamed");
    }

    [Fact]
    public async Task An_update_without_risk_level_or_description_keeps_them()
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("keep", risk: "HIGH", description: "kept"), p);
        (await D.PutAsync($"/v1/documents/{id}", UpdateBody("keep", Content("two")), p)).Ok();
        var doc = await D.DocumentAsync(id, p);
        (doc["risk_level"].Str(), doc["description"].Str(), doc["version"].Str()).ShouldBe(("HIGH", "kept", "v2"));
    }

    [Fact]
    public async Task Unknown_or_malformed_versions_are_400s_naming_version()
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("one version"), p);
        (await D.GetAsync($"/v1/documents/{id}?version=v9", p)).ShouldBe400(VersionNotFoundCode)
            .ShouldBe($"version: job {id} has no version v9 (the latest is v1)");
        foreach (var bad in new[] { "abc", "v0", "v01", "1", "v-1" })
            (await D.GetAsync($"/v1/documents/{id}?version={bad}", p)).ShouldBe400(InvalidCode)
                .ShouldBe($"version: must be v1, v2, ... (got '{bad}')");
    }

    [Fact]
    public async Task Delete_removes_the_job_and_its_versions_and_frees_the_name()
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("short lived"), p);
        (await D.PutAsync($"/v1/documents/{id}", UpdateBody("short lived", Content("two")), p)).Ok();
        (await D.DeleteAsync($"/v1/documents/{id}", p)).Ok().Str().ShouldBe(id);

        (await D.GetAsync($"/v1/documents/{id}", p)).ShouldBe400(NotFoundCode).ShouldBe($"document_id: job {id} does not exist");
        (await D.GetAsync($"/v1/documents/{id}?version=v1", p)).ShouldBe400(NotFoundCode);
        (await D.DeleteAsync($"/v1/documents/{id}", p)).ShouldBe400(NotFoundCode);
        (await D.PutAsync($"/v1/documents/{id}", UpdateBody("x", Content()), p)).ShouldBe400(NotFoundCode);
        (await D.DocumentListAsync("", p))["total"].Long().ShouldBe(0);
        var again = await D.CreateDocumentAsync(Body("short lived"), p);
        again.ShouldNotBe(id);
        (await D.DocumentAsync(again, p))["versions"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Names_are_unique_per_project()
    {
        var p = await D.NewProjectAsync();
        var a = await D.CreateDocumentAsync(Body("taken"), p);
        var b = await D.CreateDocumentAsync(Body("other"), p);
        (await D.PostAsync("/v1/documents", Body("taken"), p)).ShouldBe400(NameTakenCode).ShouldBe("name: Exist document with same name: taken");
        (await D.PutAsync($"/v1/documents/{b}", UpdateBody("taken", Content("two")), p)).ShouldBe400(NameTakenCode)
            .ShouldBe("name: Exist document with same name: taken");
        (await D.DocumentAsync(b, p))["version"].Str().ShouldBe("v1");
        // Keeping one's own name is no clash, and another project may use it.
        (await D.PutAsync($"/v1/documents/{a}", UpdateBody("taken", Content("two")), p)).Ok();
        await D.CreateDocumentAsync(Body("taken"), await D.NewProjectAsync());
    }

    [Fact]
    public async Task Concurrent_updates_each_get_a_version_of_their_own()
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("busy"), p);
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            D.PutAsync($"/v1/documents/{id}", UpdateBody("busy", Content("u" + i)), p)));
        foreach (var r in replies) r.Ok();
        var doc = await D.DocumentAsync(id, p);
        doc["version"].Str().ShouldBe("v9");
        doc["versions"]!.AsArray().Select(v => v!["version"].Str()).ShouldBe(Enumerable.Range(1, 9).Reverse().Select(n => "v" + n));
    }

    [Fact]
    public async Task Concurrent_creates_with_one_name_make_one_job()
    {
        var p = await D.NewProjectAsync();
        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => D.PostAsync("/v1/documents", Body("race"), p)));
        replies.Count(r => r.Status == 200).ShouldBe(1, string.Join("\n", replies.Select(r => r.ToString())));
        foreach (var r in replies.Where(r => r.Status != 200)) r.ShouldBe400(NameTakenCode);
        (await D.DocumentListAsync("", p))["total"].Long().ShouldBe(1);
    }

    [Fact]
    public async Task Every_write_is_audited()
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("audited"), p);
        (await D.PutAsync($"/v1/documents/{id}", UpdateBody("audited2", Content("two")), p)).Ok();
        (await D.DeleteAsync($"/v1/documents/{id}", p)).Ok();
        var entries = (await D.AuditAsync()).Where(a => a.Target == id).ToList();
        entries.Select(a => (a.Action, a.Detail, a.ProjectId)).ShouldBe(
        [
            ("document.create", "audited", p), ("document.update", "v2 audited2", p), ("document.delete", "audited2", p),
        ]);
    }
}
