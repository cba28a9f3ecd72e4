using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Security.Rest;

/// <summary>
/// docs/security.md + ScriptReview: reviewers are users of the project who may run scripts; whoever wrote the content never
/// approves it; an edit goes back to review and cannot drop the reviewers; only an APPROVED script runs.
/// </summary>
public sealed class ReviewTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private TestDrover D => fixture.D;
    private Rest R => D.Rest();

    private sealed record Cast(string Project, TestUser Author, TestUser Reviewer, TestUser Bystander, TestUser Viewer);

    private async Task<Cast> CastAsync()
    {
        var p = await R.NewProjectAsync();
        return new Cast(p, await R.NewUserAsync(p, "operator"), await R.NewUserAsync(p, "operator"), await R.NewUserAsync(p, "admin"),
            await R.NewUserAsync(p, "viewer"));
    }

    private static JsonArray Reviewers(params TestUser[] users) =>
        new(users.Select(u => (JsonNode)new JsonObject { ["reviewer_name"] = u.Name, ["reviewer_id"] = u.Id }).ToArray());

    private async Task<JsonNode> ScriptAsync(Cast c, string uuid) => (await R.GetAsync($"/v1/job/scripts/{uuid}", c.Project)).Ok();

    private Task<Reply> ReviewAsync(Cast c, string uuid, TestUser who, string decision = "APPROVED") =>
        R.PostAsync($"/v1/job/scripts/{uuid}/action", new JsonObject { ["status"] = decision, ["comments"] = "looked at it" }, c.Project, who.Token);

    [Fact]
    public async Task Only_a_listed_reviewer_who_did_not_write_it_approves_and_only_then_it_runs()
    {
        var c = await CastAsync();
        var name = "reviewed_" + Guid.NewGuid().ToString("N")[..8];
        var uuid = (await R.PostAsync("/v1/job/scripts", ScriptBody(name, reviewers: Reviewers(c.Reviewer)), c.Project, c.Author.Token)).Ok().Str();
        (await ScriptAsync(c, uuid))["status"].Str().ShouldBe("PENDING_APPROVE");

        // Pending: it does not run, and no ticket appears.
        var run = await R.PostAsync($"/v1/job/scripts/{uuid}", ExecuteBody([["nohost"]]), c.Project, c.Author.Token);
        run.ShouldBe400("COC.00040605");
        (await D.TicketTotalAsync(c.Project)).ShouldBe(0);

        var before = (await ScriptAsync(c, uuid)).ToJsonString();
        (await ReviewAsync(c, uuid, c.Author)).ShouldBeError(403, "COC.00040608").ShouldContain(c.Author.Name);
        (await ReviewAsync(c, uuid, c.Bystander)).ShouldBeError(403, "COC.00040608").ShouldContain("is not a reviewer");
        (await ReviewAsync(c, uuid, c.Bystander, "REJECTED")).ShouldBeError(403, "COC.00040608");
        // A viewer is not even let in to try.
        (await ReviewAsync(c, uuid, c.Viewer)).ShouldBeError(403, Rest.Forbidden);
        (await ScriptAsync(c, uuid)).ToJsonString().ShouldBe(before);

        (await ReviewAsync(c, uuid, c.Reviewer)).Ok();
        var approved = await ScriptAsync(c, uuid);
        approved["status"].Str().ShouldBe("APPROVED");
        approved["approver"].Str().ShouldBe(c.Reviewer.Name);
        (await R.PostAsync($"/v1/job/scripts/{uuid}", ExecuteBody([["nohost"]]), c.Project, c.Author.Token)).Ok().Str().ShouldMatch(@"^SCT");
    }

    [Fact]
    public async Task The_creator_listed_as_reviewer_by_someone_else_still_cannot_approve()
    {
        var c = await CastAsync();
        var name = "own_" + Guid.NewGuid().ToString("N")[..8];
        var uuid = (await R.PostAsync("/v1/job/scripts", ScriptBody(name, reviewers: Reviewers(c.Reviewer)), c.Project, c.Author.Token)).Ok().Str();
        // The reviewer edits it and names the author: the author is listed, but it created the script.
        (await R.PutAsync($"/v1/job/scripts/{uuid}", ScriptBody(name, "echo edited", reviewers: Reviewers(c.Author)), c.Project, c.Reviewer.Token)).Ok();
        var before = (await ScriptAsync(c, uuid)).ToJsonString();
        (await ReviewAsync(c, uuid, c.Author)).ShouldBeError(403, "COC.00040608").ShouldContain("wrote this script");
        // The editor is not listed any more, and wrote this content anyway.
        (await ReviewAsync(c, uuid, c.Reviewer)).ShouldBeError(403, "COC.00040608");
        (await ScriptAsync(c, uuid)).ToJsonString().ShouldBe(before);
        (await ScriptAsync(c, uuid))["status"].Str().ShouldBe("PENDING_APPROVE");
    }

    [Fact]
    public async Task An_edit_of_a_reviewed_script_goes_back_to_review_and_cannot_drop_the_reviewers()
    {
        var c = await CastAsync();
        var name = "edited_" + Guid.NewGuid().ToString("N")[..8];
        var uuid = (await R.PostAsync("/v1/job/scripts", ScriptBody(name, reviewers: Reviewers(c.Reviewer)), c.Project, c.Author.Token)).Ok().Str();
        (await ReviewAsync(c, uuid, c.Reviewer)).Ok();
        (await ScriptAsync(c, uuid))["status"].Str().ShouldBe("APPROVED");

        (await R.PutAsync($"/v1/job/scripts/{uuid}", ScriptBody(name, "echo changed", reviewers: Reviewers(c.Reviewer)), c.Project, c.Author.Token)).Ok();
        var pending = await ScriptAsync(c, uuid);
        pending["status"].Str().ShouldBe("PENDING_APPROVE");
        pending["content"].Str().ShouldBe("echo changed");
        (await R.PostAsync($"/v1/job/scripts/{uuid}", ExecuteBody([["nohost"]]), c.Project, c.Author.Token)).ShouldBe400("COC.00040605");

        var before = pending.ToJsonString();
        var dropped = await R.PutAsync($"/v1/job/scripts/{uuid}", ScriptBody(name, "rm -rf /", reviewers: []), c.Project, c.Author.Token);
        dropped.ShouldBe400("COC.00040609");
        (await ScriptAsync(c, uuid)).ToJsonString().ShouldBe(before);
        (await D.TicketTotalAsync(c.Project)).ShouldBe(0);
    }

    [Fact]
    public async Task A_reviewer_that_is_no_user_or_a_viewer_is_refused()
    {
        var c = await CastAsync();
        var total = await D.ScriptTotalAsync(c.Project);
        var ghost = new TestUser("0123456789abcdef0123456789abcdef", "ghost", "", "");
        var impostor = c.Reviewer with { Name = c.Bystander.Name };
        foreach (var (who, what) in new[] { (ghost, "no user"), (c.Viewer, "viewer"), (impostor, "wrong name for the id"), (c.Author, "the author") })
        {
            var r = await R.PostAsync("/v1/job/scripts", ScriptBody("bad_reviewer_" + Guid.NewGuid().ToString("N")[..6], reviewers: Reviewers(who)),
                c.Project, c.Author.Token);
            r.ShouldBe400("COC.00040607").ShouldContain("properties.reviewers[0]", Case.Sensitive, what);
        }
        // A user of another project is no reviewer here either.
        var elsewhere = await R.NewUserAsync(await R.NewProjectAsync(), "admin");
        (await R.PostAsync("/v1/job/scripts", ScriptBody("bad_reviewer_x", reviewers: Reviewers(elsewhere)), c.Project, c.Author.Token)).ShouldBe400("COC.00040607");
        (await D.ScriptTotalAsync(c.Project)).ShouldBe(total);

        // Nor on an edit: the script stays as it was.
        var name = "good_" + Guid.NewGuid().ToString("N")[..8];
        var uuid = (await R.PostAsync("/v1/job/scripts", ScriptBody(name, reviewers: Reviewers(c.Reviewer)), c.Project, c.Author.Token)).Ok().Str();
        var before = (await ScriptAsync(c, uuid)).ToJsonString();
        (await R.PutAsync($"/v1/job/scripts/{uuid}", ScriptBody(name, "echo x", reviewers: Reviewers(c.Viewer)), c.Project, c.Author.Token)).ShouldBe400("COC.00040607");
        (await ScriptAsync(c, uuid)).ToJsonString().ShouldBe(before);
    }
}
