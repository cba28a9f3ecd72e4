using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Documents.DocumentKit;

namespace Drover.IntegrationTests.Documents;

/// <summary>semantics §5: another project's job answers exactly like a job that does not exist, and is never listed.</summary>
public sealed class DocumentIsolationTests(DocumentServer server) : IClassFixture<DocumentServer>
{
    private TestDrover D => server.D;

    private static string Normalized(Reply r, string id) => $"{r.Status} {r.Text.Replace(id, "<id>").Replace(MissingDocument, "<id>")}";

    [Fact]
    public async Task Another_projects_job_answers_like_a_missing_one_and_is_not_listed()
    {
        var a = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("shared name"), a);
        var before = await D.SnapshotAsync(a);
        var update = UpdateBody("hijacked", Content("evil")).ToJsonString();
        var calls = new (string Method, string Query, string? Body)[]
        {
            ("GET", "", null), ("GET", "?version=v1", null), ("PUT", "", update), ("DELETE", "", null),
        };
        foreach (var project in new[] { await D.NewProjectAsync(), "default" })
        {
            foreach (var (method, query, body) in calls)
            {
                var theirs = await D.SendAsync(new HttpMethod(method), $"/v1/documents/{id}{query}", body, project: project);
                var missing = await D.SendAsync(new HttpMethod(method), $"/v1/documents/{MissingDocument}{query}", body, project: project);
                theirs.ShouldBe400(NotFoundCode);
                Normalized(theirs, id).ShouldBe(Normalized(missing, id), $"{method}{query} from {project}");
            }
            foreach (var q in new[] { "", "?name_like=shared", "?creator=bootstrap", "?enterprise_project_id=0", "?limit=100" })
                (await D.DocumentListAsync(q, project))["data"]!.AsArray().Select(r => r!["document_id"].Str()).ShouldNotContain(id);
            // The same name is free in another project.
            await D.CreateDocumentAsync(Body("shared name"), project);
        }
        (await D.SnapshotAsync(a)).ShouldBe(before);
    }
}
