using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Documents.DocumentKit;

namespace Drover.IntegrationTests.Documents;

/// <summary><c>GET /v1/documents</c>: the flat list, newest first, limit + offset paging, filters (reference §5.3).</summary>
public sealed class DocumentListTests(DocumentServer server) : IClassFixture<DocumentServer>
{
    private TestDrover D => server.D;

    private static List<string> Ids(JsonNode list) => list["data"]!.AsArray().Select(r => r!["document_id"].Str()).ToList();

    [Fact]
    public async Task The_list_is_flat_newest_first_with_every_field()
    {
        var p = await D.NewProjectAsync();
        var made = new List<string>();
        for (var i = 0; i < 3; i++) made.Add(await D.CreateDocumentAsync(Body($"job {i}"), p));
        var list = await D.DocumentListAsync("", p);
        list["total"].Long().ShouldBe(3);
        Ids(list).ShouldBe(made.AsEnumerable().Reverse());
        var row = list["data"]![0]!;
        row.ShouldHaveKeys(ListRowKeys);
        row["name"].Str().ShouldBe("job 2");
        row["version"].Str().ShouldBe("v1");
        row["creator"].Str().ShouldBe("bootstrap");
        row["modifier"].Str().ShouldBe("bootstrap");
        row["enterprise_project_id"].Str().ShouldBe("0");
        row["create_time"].ShouldBeRecentEpochMs("create_time");
        row["update_time"].ShouldBeRecentEpochMs("update_time");
    }

    [Fact]
    public async Task Limit_and_offset_page_through_every_job_once()
    {
        var p = await D.NewProjectAsync();
        var made = new List<string>();
        for (var i = 0; i < 13; i++) made.Add(await D.CreateDocumentAsync(Body($"page {i:00}"), p));
        made.Reverse();

        // Default page: 10.
        Ids(await D.DocumentListAsync("", p)).ShouldBe(made.Take(10));
        var seen = new List<string>();
        for (var offset = 0; offset < 13; offset += 4)
        {
            var page = await D.DocumentListAsync($"?limit=4&offset={offset}", p);
            page["total"].Long().ShouldBe(13);
            seen.AddRange(Ids(page));
        }
        seen.ShouldBe(made);
        (await D.DocumentListAsync("?limit=100&offset=13", p))["data"]!.AsArray().ShouldBeEmpty();
        Ids(await D.DocumentListAsync("?limit=2&offset=11", p)).ShouldBe(made.Skip(11));
        Ids(await D.DocumentListAsync("?limit=1&offset=0", p)).ShouldBe(made.Take(1));
        Ids(await D.DocumentListAsync("?limit=100", p)).ShouldBe(made);
    }

    [Theory]
    [InlineData("limit=0", "limit: must be between 1 and 100")]
    [InlineData("limit=101", "limit: must be between 1 and 100")]
    [InlineData("limit=ten", "limit: must be an integer")]
    [InlineData("offset=-1", "offset: must be between 0 and 2147483647")]
    [InlineData("offset=x", "offset: must be an integer")]
    [InlineData("offset=1.5", "offset: must be an integer")]
    [InlineData("document_type=SHARED", "document_type: must be one of PRIVATE, PUBLIC")]
    public async Task Bad_paging_or_type_is_a_400_naming_the_parameter(string query, string message) =>
        (await D.GetAsync("/v1/documents?" + query)).ShouldBe400(InvalidCode).ShouldBe(message);

    [Fact]
    public async Task Filters_count_what_they_match()
    {
        var p = await D.NewProjectAsync();
        var deploy1 = await D.CreateDocumentAsync(Body("deploy web"), p);
        var backup = await D.CreateDocumentAsync(Body("backup db", enterprise: "ep-9"), p);
        var deploy2 = await D.CreateDocumentAsync(Body("deploy api", enterprise: "ep-9"), p);

        async Task Expect(string query, params string[] ids)
        {
            var list = await D.DocumentListAsync(query, p);
            list["total"].Long().ShouldBe(ids.Length, query);
            Ids(list).ShouldBe(ids.ToList(), query);
        }

        await Expect("?name_like=deploy", deploy2, deploy1);
        await Expect("?name_like=db", backup);
        await Expect("?name_like=nothing");
        await Expect("?enterprise_project_id=ep-9", deploy2, backup);
        await Expect("?enterprise_project_id=0", deploy1);
        await Expect("?name_like=deploy&enterprise_project_id=ep-9", deploy2);
        await Expect("?creator=bootstrap", deploy2, backup, deploy1);
        await Expect("?creator=someone");
        await Expect("?document_type=PRIVATE", deploy2, backup, deploy1);
        // Drover has no public jobs.
        await Expect("?document_type=PUBLIC");
    }
}
