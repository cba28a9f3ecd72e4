using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Security.Rest;

/// <summary>
/// docs/security.md, projects: a credential acts only where it has a role; another project's ids answer exactly like
/// ids that do not exist; a token scoped to a project stays in it.
/// </summary>
public sealed class ProjectTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private TestDrover D => fixture.D;
    private Rest R => D.Rest();

    [Fact]
    public async Task An_operator_of_A_only_gets_403_in_B_and_changes_nothing_there()
    {
        var a = await R.NewProjectAsync();
        var b = await R.NewProjectAsync();
        var op = await R.NewUserAsync(a, "operator");
        var theirs = await D.CreateScriptAsync(ScriptBody("b_script"), b);
        var before = (await R.GetAsync("/v1/job/scripts?limit=100", b)).Ok().ToJsonString();

        foreach (var (method, path, body) in new (string, string, string?)[]
                 {
                     ("GET", "/v1/job/scripts?limit=10", null), ("GET", $"/v1/job/scripts/{theirs}", null),
                     ("POST", "/v1/job/scripts", ScriptBody("from_a").ToJsonString()),
                     ("PUT", $"/v1/job/scripts/{theirs}", ScriptBody("b_script", "rm -rf /").ToJsonString()),
                     ("DELETE", $"/v1/job/scripts/{theirs}", null), ("GET", "/v1/agents", null), ("GET", "/v1/documents", null),
                 })
        {
            var r = await R.SendAsync(new HttpMethod(method), path, body, project: b, token: op.Token);
            r.ShouldBeError(403, Rest.Forbidden).ShouldBe($"x-project-id: {op.Name} has no role in project {b}, or it does not exist", $"{method} {path}");
        }
        // In its own project the same token works.
        (await R.GetAsync("/v1/job/scripts?limit=10", a, op.Token)).Ok()["total"].Long().ShouldBe(0);
        (await R.GetAsync("/v1/job/scripts?limit=100", b)).Ok().ToJsonString().ShouldBe(before);
    }

    [Fact]
    public async Task Another_projects_ids_answer_exactly_like_missing_ids()
    {
        var a = await R.NewProjectAsync();
        var b = await R.NewProjectAsync();
        var op = await R.NewUserAsync(a, "operator");
        // B's things, made by the bootstrap admin (no agents: a ticket waits for its host, which is enough here).
        var script = await D.CreateScriptAsync(ScriptBody("b_secret", "echo b"), b);
        var ticket = await D.ExecuteAsync(script, ExecuteBody([["nohost"]]), b);
        var document = await Documents.DocumentKit.CreateDocumentAsync(D, Documents.DocumentKit.Body("b_job"), b);
        var execution = (await R.PostAsync($"/v1/documents/{document}", new JsonObject(), b)).Ok().Str();
        // Let both settle (the ticket's host never comes), so the snapshot can only change by what A's operator does.
        await TestDrover.WaitUntilAsync(async () => (await R.GetAsync($"/v1/job/script/orders/{ticket}", b)).Ok()["status"].Str() == "ABNORMAL",
            TimeSpan.FromSeconds(30), "B's ticket to be ABNORMAL");
        await RoleTests.WaitForExecutionEndAsync(R, execution, TestDrover.Token, b);
        var snapshot = await BSnapshotAsync(b, script, ticket, document, execution);

        const string missingExecution = "EX20990101000000abcdef012";
        var probes = new (string Method, string Path, string? Body, string Theirs, string Missing)[]
        {
            ("GET", "/v1/job/scripts/{id}", null, script, MissingScript),
            ("PUT", "/v1/job/scripts/{id}", ScriptBody("b_secret", "rm -rf /").ToJsonString(), script, MissingScript),
            ("DELETE", "/v1/job/scripts/{id}", null, script, MissingScript),
            ("POST", "/v1/job/scripts/{id}", ExecuteBody([["nohost"]]).ToJsonString(), script, MissingScript),
            ("POST", "/v1/job/scripts/{id}/action", """{"status":"APPROVED"}""", script, MissingScript),
            ("GET", "/v1/job/script/orders/{id}", null, ticket, MissingTicket),
            ("GET", "/v1/job/script/orders/{id}/statistics", null, ticket, MissingTicket),
            ("GET", "/v1/job/script/orders/{id}/batches", null, ticket, MissingTicket),
            ("GET", "/v1/job/script/orders/{id}/batches/1?limit=10", null, ticket, MissingTicket),
            ("PUT", "/v1/job/script/orders/{id}/operation", """{"operation_type":"CANCEL_ORDER"}""", ticket, MissingTicket),
            ("GET", "/v1/job/script/orders/{id}/instances/1/output", null, ticket, MissingTicket),
            ("GET", "/v1/documents/{id}", null, document, Documents.DocumentKit.MissingDocument),
            ("PUT", "/v1/documents/{id}", Documents.DocumentKit.UpdateBody("hijack", Documents.DocumentKit.Content("evil")).ToJsonString(), document, Documents.DocumentKit.MissingDocument),
            ("DELETE", "/v1/documents/{id}", null, document, Documents.DocumentKit.MissingDocument),
            ("POST", "/v1/documents/{id}", "{}", document, Documents.DocumentKit.MissingDocument),
            ("GET", "/v1/executions/{id}", null, execution, missingExecution),
            ("GET", "/v1/executions/{id}/steps", null, execution, missingExecution),
        };
        foreach (var (method, path, body, theirsId, missingId) in probes)
        {
            var theirs = await R.SendAsync(new HttpMethod(method), path.Replace("{id}", theirsId), body, project: a, token: op.Token);
            var missing = await R.SendAsync(new HttpMethod(method), path.Replace("{id}", missingId), body, project: a, token: op.Token);
            theirs.ShouldBeCocError();
            Rest.Normalized(theirs, theirsId).ShouldBe(Rest.Normalized(missing, missingId), $"{method} {path}");
        }
        foreach (var (body, id) in new[] { ("TERMINATE", execution), ("TERMINATE", missingExecution) })
        {
            var r = await R.PostAsync("/v1/executions", new JsonObject { ["execution_id"] = id, ["operate_type"] = body }, a, op.Token);
            r.ShouldBeCocError();
        }
        var opTheirs = await R.PostAsync("/v1/executions", new JsonObject { ["execution_id"] = execution, ["operate_type"] = "TERMINATE" }, a, op.Token);
        var opMissing = await R.PostAsync("/v1/executions", new JsonObject { ["execution_id"] = missingExecution, ["operate_type"] = "TERMINATE" }, a, op.Token);
        Rest.Normalized(opTheirs, execution).ShouldBe(Rest.Normalized(opMissing, missingExecution));
        // Never listed either.
        (await R.GetAsync("/v1/job/scripts?limit=100", a, op.Token)).Ok()["data"]!.ToJsonString().ShouldNotContain(script);
        (await R.GetAsync("/v1/job/script/orders?limit=100", a, op.Token)).Ok()["data"]!.ToJsonString().ShouldNotContain(ticket);
        (await R.GetAsync("/v1/executions?limit=100", a, op.Token)).Body!.ToJsonString().ShouldNotContain(execution);

        (await BSnapshotAsync(b, script, ticket, document, execution)).ShouldBe(snapshot);
    }

    private async Task<string> BSnapshotAsync(string b, string script, string ticket, string document, string execution) => string.Join("\n",
        (await R.GetAsync($"/v1/job/scripts/{script}", b)).Ok().ToJsonString(),
        (await R.GetAsync($"/v1/job/script/orders/{ticket}", b)).Ok()["status"]!.ToJsonString(),
        (await R.GetAsync("/v1/job/script/orders?limit=100", b)).Ok()["total"]!.ToJsonString(),
        (await R.GetAsync($"/v1/documents/{document}", b)).Body!.ToJsonString(),
        (await R.GetAsync($"/v1/executions/{execution}", b)).Body!.ToJsonString(),
        (await R.GetAsync("/v1/executions?limit=100", b)).Body!["total"]!.ToJsonString());

    [Fact]
    public async Task A_token_scoped_to_A_is_refused_in_B_even_when_the_user_has_a_role_there()
    {
        var a = await R.NewProjectAsync();
        var b = await R.NewProjectAsync();
        var user = await R.NewUserAsync(a, "admin");
        await R.GrantAsync(user.Id, b, "admin");
        var scoped = await R.LoginAsync(user.Name, user.Password, scopeProjectId: a);

        // Unscoped, the user works in both.
        (await R.GetAsync("/v1/job/scripts?limit=10", b, user.Token)).Ok();
        // Scoped to A: its own project without a header, and with A's.
        (await R.GetAsync("/v1/job/scripts?limit=10", null, scoped)).Ok();
        (await R.GetAsync("/v1/job/scripts?limit=10", a, scoped)).Ok();
        var totalB = (await R.GetAsync("/v1/job/scripts?limit=1", b)).Ok()["total"].Long();
        foreach (var (method, path, body) in new (string, string, string?)[]
                 {
                     ("GET", "/v1/job/scripts?limit=10", null), ("POST", "/v1/job/scripts", ScriptBody("scoped_escape").ToJsonString()),
                     ("GET", "/v1/audit", null), ("GET", "/v1/iam/users", null),
                 })
        {
            var r = await R.SendAsync(new HttpMethod(method), path, body, project: b, token: scoped);
            r.ShouldBeError(403, Rest.Forbidden).ShouldBe($"x-project-id: this token is scoped to project {a}, not {b}", $"{method} {path}");
        }
        // Admin doors that name the project in the body check the scope too.
        var create = await R.PostAsync("/v1/iam/users", new JsonObject
        {
            ["name"] = "scoped-made-" + Guid.NewGuid().ToString("N")[..6], ["password"] = "password-123", ["project_id"] = b, ["role"] = "admin",
        }, a, scoped);
        create.ShouldBeError(403, Rest.Forbidden).ShouldContain($"scoped to project {a}");
        (await R.GetAsync("/v1/job/scripts?limit=1", b)).Ok()["total"].Long().ShouldBe(totalB);
        (await R.GetAsync("/v1/iam/users", b)).Ok()["total"].Long().ShouldBe(1);
    }

    [Fact]
    public async Task The_bootstrap_admin_in_a_project_that_does_not_exist_gets_403()
    {
        var ghost = "ghost" + Guid.NewGuid().ToString("N")[..8];
        foreach (var (method, path, body) in new (string, string, string?)[]
                 {
                     ("GET", "/v1/job/scripts?limit=10", null), ("POST", "/v1/job/scripts", ScriptBody("ghost_script").ToJsonString()),
                     ("GET", "/v1/audit", null), ("GET", "/v1/agents", null),
                 })
        {
            var r = await R.SendAsync(new HttpMethod(method), path, body, project: ghost);
            r.ShouldBeError(403, Rest.Forbidden).ShouldBe($"x-project-id: bootstrap has no role in project {ghost}, or it does not exist", $"{method} {path}");
        }
        (await R.GetAsync("/v1/iam/projects")).Ok().ToJsonString().ShouldNotContain(ghost);
    }
}
