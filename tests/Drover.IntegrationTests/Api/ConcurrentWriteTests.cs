using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// Writes that race each other still get COC's answers: one wins, the others get the 400 they would get one after
/// the other (duplicate name, script not found), never a 500 from the database.
/// </summary>
public sealed class ConcurrentWriteTests
{
    private static async Task<Reply[]> RaceAsync(int n, Func<int, Task<Reply>> call)
    {
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, n).Select(async i =>
        {
            await start.WaitAsync();
            return await call(i);
        }).ToList();
        start.Release(n);
        return await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task Creates_racing_for_one_name_make_one_script_and_the_rest_get_the_duplicate_name_error()
    {
        await using var d = await TestDrover.StartAsync();
        for (var round = 0; round < 3; round++)
        {
            var name = $"race_{round}";
            var replies = await RaceAsync(8, i => d.PostAsync("/v1/job/scripts", ScriptBody(name, $"echo {i}")));
            replies.Count(r => r.Status == 200).ShouldBe(1, string.Join("\n", replies.Select(r => r.ToString())));
            foreach (var r in replies.Where(r => r.Status != 200)) r.ShouldBe400("COC.00040602");
        }
        (await d.ScriptTotalAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task Deletes_updates_and_executions_racing_on_one_script_get_200_or_not_found()
    {
        await using var d = await TestDrover.StartAsync();
        for (var round = 0; round < 3; round++)
        {
            var uuid = await d.CreateScriptAsync(ScriptBody($"victim_{round}"));
            var update = new JsonObject { ["content"] = "echo new", ["description"] = "d" };
            var exec = ExecuteBody([["ghost-1"]]);
            var replies = await RaceAsync(9, i => (i % 3) switch
            {
                0 => d.DeleteAsync($"/v1/job/scripts/{uuid}"),
                1 => d.PutAsync($"/v1/job/scripts/{uuid}", update),
                _ => d.PostAsync($"/v1/job/scripts/{uuid}", exec),
            });
            var all = string.Join("\n", replies.Select(r => r.ToString()));
            foreach (var r in replies.Where(r => r.Status != 200)) r.ShouldBe400("COC.00040603");
            replies.Where((_, i) => i % 3 == 0).Count(r => r.Status == 200).ShouldBe(1, all);
            (await d.GetAsync($"/v1/job/scripts/{uuid}")).ShouldBe400("COC.00040603");
        }
        // Every accepted execution made a ticket that is readable.
        var tickets = (await d.GetAsync("/v1/job/script/orders?limit=100")).Ok()["data"]!.AsArray();
        foreach (var t in tickets) (await d.GetAsync($"/v1/job/script/orders/{t!["execute_uuid"].Str()}")).Ok();
    }
}
