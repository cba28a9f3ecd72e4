using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// U+0000 in any text is refused with a 400 naming the field, on both databases (PostgreSQL cannot store it, SQLite
/// can): the same input gets the same answer wherever Drover runs, and nothing is stored.
/// </summary>
public sealed class NulCharacterTests
{
    [Fact]
    public async Task A_nul_in_a_json_field_is_refused_naming_the_field_and_nothing_is_stored()
    {
        await using var d = await TestDrover.StartAsync();
        var msg = (await d.PostAsync("/v1/job/scripts", ScriptBody("nul\u0000name"))).ShouldBe400("COC.00010003");
        msg.ShouldBe("name: must not contain the NUL character (\\u0000)");
        var content = (await d.PostAsync("/v1/job/scripts", ScriptBody("nul_content", "echo a\u0000b"))).ShouldBe400("COC.00010003");
        content.ShouldStartWith("content: ");
        var doc = await d.SendAsync(HttpMethod.Post, "/v1/documents",
            new JsonObject { ["name"] = "nul_doc", ["content"] = "x", ["description"] = "a\u0000" }.ToJsonString());
        doc.Status.ShouldBe(400, doc.Text);
        doc.Text.ShouldContain("description: must not contain the NUL character");
        (await d.ScriptTotalAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_nul_in_a_query_parameter_is_refused_naming_the_parameter()
    {
        await using var d = await TestDrover.StartAsync();
        foreach (var path in new[] { "/v1/job/scripts?name_like=%00", "/v1/agents?host_name=a%00b", "/v1/documents?name=%00", "/v1/executions?creator=%00" })
        {
            var r = await d.GetAsync(path);
            r.Status.ShouldBe(400, $"{path}: {r.Text}");
            r.ShouldBeCocError();
            r.Text.ShouldContain("must not contain the NUL character");
        }
    }
}
