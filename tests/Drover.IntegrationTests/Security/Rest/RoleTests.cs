using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Security.Rest;

/// <summary>
/// One server with a finished ticket, a finished job execution, an agent and a viewer, an operator and an admin of
/// <c>default</c>, all made by the bootstrap admin.
/// </summary>
public sealed class RoleServer : DroverFixture
{
    public Rest R { get; private set; } = null!;
    public TestUser Viewer { get; private set; } = null!;
    public TestUser Operator { get; private set; } = null!;
    public TestUser Admin { get; private set; } = null!;
    public string Script { get; private set; } = "";
    public string Ticket { get; private set; } = "";
    public string Document { get; private set; } = "";
    public string Execution { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        R = D.Rest();
        Viewer = await R.NewUserAsync("default", "viewer");
        Operator = await R.NewUserAsync("default", "operator");
        Admin = await R.NewUserAsync("default", "admin");
        await D.StartAgentAsync("h1");
        Script = await D.CreateScriptAsync(ScriptBody("role_script", "echo role"));
        Ticket = await D.ExecuteAsync(Script, ExecuteBody([["h1"]]));
        await D.WaitForStatusAsync(Ticket, "FINISHED");
        Document = await Documents.DocumentKit.CreateDocumentAsync(D, Documents.DocumentKit.Body("role_job"));
        Execution = (await R.PostAsync($"/v1/documents/{Document}", new JsonObject())).Ok().Str();
        await RoleTests.WaitForExecutionEndAsync(R, Execution, TestDrover.Token);
    }
}

/// <summary>docs/security.md, roles: viewer reads, operator writes the job API, admin also the identities and the audit log.</summary>
public sealed class RoleTests(RoleServer s) : IClassFixture<RoleServer>
{
    private Rest R => s.R;

    public static async Task<string> WaitForExecutionEndAsync(Rest r, string id, string token, string? project = null)
    {
        var status = "";
        await TestDrover.WaitUntilAsync(async () =>
        {
            status = (await r.GetAsync($"/v1/executions/{id}", project, token)).Ok()["status"].Str();
            return status is "Succeed" or "Failed" or "Canceled" or "Timeout";
        }, TimeSpan.FromSeconds(60), () => $"execution {id} to end (last: {status})");
        return status;
    }

    /// <summary>Everything a reader sees of the project's job API, to prove a refused write changed nothing.</summary>
    private async Task<string> SnapshotAsync() => string.Join("\n",
        (await R.GetAsync("/v1/job/scripts?limit=100")).Ok().ToJsonString(),
        await s.D.TicketSnapshotAsync(s.Ticket),
        (await R.GetAsync("/v1/job/script/orders?limit=100")).Ok()["total"]!.ToJsonString(),
        (await R.GetAsync("/v1/documents?limit=100")).Body!.ToJsonString(),
        (await R.GetAsync($"/v1/documents/{s.Document}")).Body!.ToJsonString(),
        (await R.GetAsync("/v1/executions?limit=100")).Body!["total"]!.ToJsonString(),
        (await R.GetAsync($"/v1/executions/{s.Execution}")).Body!.ToJsonString());

    private IEnumerable<(string Method, string Path, string Body)> JobWrites()
    {
        yield return ("POST", "/v1/job/scripts", ScriptBody("viewer_made_" + Guid.NewGuid().ToString("N")[..6]).ToJsonString());
        yield return ("PUT", $"/v1/job/scripts/{s.Script}", ScriptBody("role_script", "rm -rf /").ToJsonString());
        yield return ("DELETE", $"/v1/job/scripts/{s.Script}", "");
        yield return ("POST", $"/v1/job/scripts/{s.Script}", ExecuteBody([["h1"]]).ToJsonString());
        foreach (var op in new[]
                 {
                     """{"operation_type":"CANCEL_INSTANCE","instance_id":1}""", """{"operation_type":"SKIP_BATCH","batch_index":1}""",
                     """{"operation_type":"PAUSE_ORDER"}""", """{"operation_type":"CONTINUE_ORDER"}""", """{"operation_type":"CANCEL_ORDER"}""",
                     """{"operation_type":"RETRY_INSTANCE","instance_id":1}""", """{"operation_type":"RETRY_FAILED","batch_index":1}""",
                 })
            yield return ("PUT", $"/v1/job/script/orders/{s.Ticket}/operation", op);
        yield return ("POST", "/v1/documents", Documents.DocumentKit.Body("viewer_job_" + Guid.NewGuid().ToString("N")[..6]).ToJsonString());
        yield return ("POST", $"/v1/documents/{s.Document}", "{}");
        foreach (var op in new[] { "RESUME", "TERMINATE", "RETRY", "SKIP_BATCH" })
            yield return ("POST", "/v1/executions", new JsonObject { ["execution_id"] = s.Execution, ["operate_type"] = op }.ToJsonString());
        yield return ("POST", "/v1/job/analyze-job", """{"content":"rm -rf /","type":"SHELL"}""");
    }

    [Fact]
    public async Task A_viewer_reads_everything_of_the_job_API()
    {
        var t = s.Viewer.Token;
        foreach (var path in new[]
                 {
                     "/v1/job/scripts?limit=10", $"/v1/job/scripts/{s.Script}", "/v1/job/script/orders", $"/v1/job/script/orders/{s.Ticket}",
                     $"/v1/job/script/orders/{s.Ticket}/statistics", $"/v1/job/script/orders/{s.Ticket}/batches",
                     $"/v1/job/script/orders/{s.Ticket}/batches/1?limit=10", "/v1/documents", $"/v1/documents/{s.Document}", "/v1/executions",
                     $"/v1/executions/{s.Execution}", $"/v1/executions/{s.Execution}/steps", "/v1/agents",
                 })
        {
            var r = await R.GetAsync(path, token: t);
            r.Status.ShouldBe(200, $"GET {path}: {r.Text}");
        }
        (await R.GetAsync($"/v1/job/scripts/{s.Script}", token: t)).Ok()["script_uuid"].Str().ShouldBe(s.Script);
        (await R.GetAsync("/v1/agents", token: t)).Ok()["data"]!.AsArray().Select(a => a!["resource_id"].Str()).ShouldContain("h1");
    }

    [Fact]
    public async Task A_viewer_gets_403_on_every_write_of_the_job_API_and_nothing_changes()
    {
        var before = await SnapshotAsync();
        foreach (var (method, path, body) in JobWrites())
        {
            var r = await R.SendAsync(new HttpMethod(method), path, body.Length == 0 ? null : body, token: s.Viewer.Token);
            var msg = r.ShouldBeError(403, Rest.Forbidden);
            msg.ShouldContain("needs the operator role", Case.Sensitive, $"{method} {path} {body}");
            msg.ShouldContain(s.Viewer.Name);
        }
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_viewer_and_an_operator_get_403_on_the_admin_doors_and_nothing_is_created()
    {
        var usersBefore = (await R.GetAsync("/v1/iam/users?all=true")).Ok()["total"].Long();
        var enrollmentsBefore = (await R.GetAsync("/v1/iam/agent-enrollments")).Ok()["total"].Long();
        foreach (var who in new[] { s.Viewer, s.Operator })
        {
            var newUser = new JsonObject { ["name"] = "intruder-" + who.Name, ["password"] = "password-123", ["project_id"] = "default", ["role"] = "admin" };
            var enroll = new JsonObject { ["project_id"] = "default", ["expires_in_seconds"] = 3600, ["max_uses"] = 1 };
            var calls = new (string Method, string Path, string? Body)[]
            {
                ("GET", "/v1/iam/users", null), ("POST", "/v1/iam/users", newUser.ToJsonString()),
                ("GET", $"/v1/iam/users/{s.Admin.Id}", null),
                ("POST", "/v1/iam/agent-enrollments", enroll.ToJsonString()), ("GET", "/v1/iam/agent-enrollments", null),
                ("GET", "/v1/iam/agent-credentials", null), ("DELETE", "/v1/iam/agent-credentials/h1", null),
                ("POST", $"/v1/iam/users/{who.Id}/roles", """{"project_id":"default","role":"admin"}"""),
                ("GET", "/v1/audit", null),
            };
            foreach (var (method, path, body) in calls)
            {
                var r = await R.SendAsync(new HttpMethod(method), path, body, token: who.Token);
                r.ShouldBeError(403, Rest.Forbidden).ShouldContain("admin", Case.Sensitive, $"{who.Name}: {method} {path}");
            }
        }
        (await R.GetAsync("/v1/iam/users?all=true")).Ok()["total"].Long().ShouldBe(usersBefore);
        (await R.GetAsync("/v1/iam/agent-enrollments")).Ok()["total"].Long().ShouldBe(enrollmentsBefore);
        (await R.GetAsync("/v1/iam/agent-credentials")).Ok()["data"]!.AsArray().Single(c => c!["resource_id"].Str() == "h1")!["status"].Str().ShouldBe("ACTIVE");
        (await R.GetAsync($"/v1/iam/users/{s.Operator.Id}")).Ok()["roles"]!.ToJsonString().ShouldBe("""[{"project_id":"default","role":"operator"}]""");
    }

    [Fact]
    public async Task An_operator_passes_every_job_write_door()
    {
        var t = s.Operator.Token;
        var name = "op_script_" + Guid.NewGuid().ToString("N")[..6];
        var script = (await R.PostAsync("/v1/job/scripts", ScriptBody(name), token: t)).Ok().Str();
        (await R.GetAsync($"/v1/job/scripts/{script}")).Ok()["creator"].Str().ShouldBe(s.Operator.Name);
        (await R.PutAsync($"/v1/job/scripts/{script}", ScriptBody(name, "echo edited"), token: t)).Ok().Str().ShouldBe(script);
        var ticket = (await R.PostAsync($"/v1/job/scripts/{script}", ExecuteBody([["h1"]]), token: t)).Ok().Str();
        await s.D.WaitForStatusAsync(ticket, "FINISHED");
        // Operating a finished ticket is refused by its state, not by the role.
        foreach (var op in new[] { "PAUSE_ORDER", "CONTINUE_ORDER", "CANCEL_ORDER", "RETRY_FAILED" })
        {
            var r = await R.PutAsync($"/v1/job/script/orders/{ticket}/operation", new JsonObject { ["operation_type"] = op }, token: t);
            r.Status.ShouldNotBe(403, r.Text);
            r.ShouldBeCocError();
        }
        (await R.PostAsync("/v1/job/analyze-job", new JsonObject { ["content"] = "echo hi", ["type"] = "SHELL" }, token: t)).Ok()["risk_level"].Str().ShouldBe("LOW");
        var doc = (await R.PostAsync("/v1/documents", Documents.DocumentKit.Body("op_job_" + Guid.NewGuid().ToString("N")[..6]), token: t)).Ok().Str();
        var exec = (await R.PostAsync($"/v1/documents/{doc}", new JsonObject(), token: t)).Ok().Str();
        (await WaitForExecutionEndAsync(R, exec, t)).ShouldBe("Succeed");
        var terminate = await R.PostAsync("/v1/executions", new JsonObject { ["execution_id"] = exec, ["operate_type"] = "TERMINATE" }, token: t);
        terminate.Status.ShouldNotBe(403, terminate.Text);
        (await R.DeleteAsync($"/v1/job/scripts/{script}", token: t)).Ok().Str().ShouldBe(script);
        (await R.GetAsync($"/v1/job/scripts/{script}")).ShouldBe400("COC.00040603");
    }

    [Fact]
    public async Task An_admin_passes_the_admin_doors()
    {
        var t = s.Admin.Token;
        (await R.GetAsync("/v1/iam/users", token: t)).Ok()["data"]!.AsArray().Select(u => u!["name"].Str()).ShouldContain(s.Viewer.Name);
        var name = "made-by-admin-" + Guid.NewGuid().ToString("N")[..6];
        var made = (await R.PostAsync("/v1/iam/users", new JsonObject
        {
            ["name"] = name, ["password"] = "password-123", ["project_id"] = "default", ["role"] = "viewer",
        }, token: t)).Ok();
        made["name"].Str().ShouldBe(name);
        await R.LoginAsync(name, "password-123");
        var enrollment = (await R.PostAsync("/v1/iam/agent-enrollments",
            new JsonObject { ["project_id"] = "default", ["expires_in_seconds"] = 60, ["max_uses"] = 1 }, token: t)).Ok();
        enrollment["token"].Str().Length.ShouldBeGreaterThan(16);
        (await R.GetAsync("/v1/iam/agent-enrollments", token: t)).Ok()["data"]!.AsArray().Select(e => e!["id"].Str()).ShouldContain(enrollment["id"].Str());
        (await R.GetAsync("/v1/iam/agent-credentials", token: t)).Ok()["data"]!.AsArray().Select(c => c!["resource_id"].Str()).ShouldContain("h1");
        var audit = (await R.GetAsync("/v1/audit", token: t)).Ok()["data"]!.AsArray();
        audit.Select(a => a!["action"].Str()).ShouldContain("user.create");
    }
}
