using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Security.Rest;

/// <summary>docs/security.md, audit: every write, accepted or refused, with who, how, from where, which request and how it ended.</summary>
public sealed class AuditTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private TestDrover D => fixture.D;
    private Rest R => D.Rest();

    private static Dictionary<string, string> RequestId(string id) => new() { ["X-Request-Id"] = id };

    private static string NewId() => "rid-" + Guid.NewGuid().ToString("N");

    private async Task<JsonNode> EntryAsync(string project, string requestId)
    {
        var all = await R.AuditAsync(project);
        var found = all.Where(a => a!["request_id"]?.GetValue<string>() == requestId).ToList();
        found.Count.ShouldBe(1, $"audit of {project} for request {requestId}: {all.ToJsonString()}");
        return found[0]!;
    }

    [Fact]
    public async Task Accepted_writes_are_recorded_with_actor_kind_source_request_id_and_ok()
    {
        var p = await R.NewProjectAsync();
        var op = await R.NewUserAsync(p, "operator");
        var (access, secret) = await R.AccessKeyAsync(op.Id, op.Token);

        var byToken = NewId();
        var viaToken = (await R.SendAsync(HttpMethod.Post, "/v1/job/scripts", ScriptBody("audited_token").ToJsonString(), p, op.Token, RequestId(byToken))).Ok().Str();
        var byKey = NewId();
        var signed = await PythonSigner.SignAsync(R, access, secret, "POST", "/v1/job/scripts", ScriptBody("audited_key").ToJsonString(),
            new Dictionary<string, string> { ["X-Project-Id"] = p, ["X-Request-Id"] = byKey });
        var viaKey = (await R.SendAsync(signed)).Ok().Str();
        var byBootstrap = NewId();
        var viaBootstrap = (await R.SendAsync(HttpMethod.Post, "/v1/job/scripts", ScriptBody("audited_boot").ToJsonString(), p, headers: RequestId(byBootstrap))).Ok().Str();

        foreach (var (rid, target, actor, kind) in new[]
                 {
                     (byToken, viaToken, op.Name, "token"), (byKey, viaKey, op.Name, "access_key"), (byBootstrap, viaBootstrap, "bootstrap", "bootstrap"),
                 })
        {
            var e = await EntryAsync(p, rid);
            e["action"].Str().ShouldBe("script.create", rid);
            e["target"].Str().ShouldBe(target);
            e["actor"].Str().ShouldBe(actor);
            e["actor_kind"].Str().ShouldBe(kind);
            e["outcome"].Str().ShouldBe("ok");
            (e["source"]?.GetValue<string>()).ShouldBe("127.0.0.1", $"source of {kind}: {e.ToJsonString()}");
            e["at"].ShouldBeRecentEpochMs("at");
        }
        (await EntryAsync(p, byKey))["actor_id"].Str().ShouldBe($"{op.Id} {access}");
        (await EntryAsync(p, byToken))["actor_id"].Str().ShouldBe(op.Id);
    }

    [Fact]
    public async Task Every_kind_of_accepted_write_is_recorded_once_with_its_request_id()
    {
        var p = await R.NewProjectAsync();
        var admin = await R.NewUserAsync(p, "admin");
        var op = await R.NewUserAsync(p, "operator");
        var reviewer = await R.NewUserAsync(p, "operator");
        var calls = new List<(string Rid, string Actor, string What, Reply Reply)>();
        async Task<Reply> Do(TestUser who, string method, string path, JsonNode? body = null, Dictionary<string, string>? extra = null)
        {
            var rid = NewId();
            var headers = RequestId(rid);
            foreach (var (k, v) in extra ?? []) headers[k] = v;
            var r = await R.SendAsync(new HttpMethod(method), path, body?.ToJsonString(), p, who.Token, headers);
            calls.Add((rid, who.Name, $"{method} {path}", r));
            return r;
        }

        var reviewers = new JsonArray(new JsonObject { ["reviewer_name"] = reviewer.Name, ["reviewer_id"] = reviewer.Id });
        var script = (await Do(op, "POST", "/v1/job/scripts", ScriptBody("every_write", reviewers: reviewers.DeepClone().AsArray()))).Ok().Str();
        (await Do(op, "PUT", $"/v1/job/scripts/{script}", ScriptBody("every_write", "echo v2", reviewers: reviewers.DeepClone().AsArray()))).Ok();
        (await Do(reviewer, "POST", $"/v1/job/scripts/{script}/action", new JsonObject { ["status"] = "APPROVED" })).Ok();
        var ticket = (await Do(op, "POST", $"/v1/job/scripts/{script}", ExecuteBody([["nohost"]]))).Ok().Str();
        await Do(op, "PUT", $"/v1/job/script/orders/{ticket}/operation", new JsonObject { ["operation_type"] = "CANCEL_ORDER" });
        var doc = (await Do(op, "POST", "/v1/documents", Documents.DocumentKit.Body("every_job"))).Ok().Str();
        (await Do(op, "PUT", $"/v1/documents/{doc}", Documents.DocumentKit.UpdateBody("every_job", Documents.DocumentKit.Content("two")))).Ok();
        var exec = (await Do(op, "POST", $"/v1/documents/{doc}", new JsonObject())).Ok().Str();
        await Do(op, "POST", "/v1/executions", new JsonObject { ["execution_id"] = exec, ["operate_type"] = "TERMINATE" });
        var made = (await Do(admin, "POST", "/v1/iam/users", new JsonObject
        {
            ["name"] = "every-" + Guid.NewGuid().ToString("N")[..6], ["password"] = "password-123", ["project_id"] = p, ["role"] = "viewer",
        })).Ok()["id"].Str();
        (await Do(admin, "POST", $"/v1/iam/users/{made}/roles", new JsonObject { ["project_id"] = p, ["role"] = "operator" })).Ok();
        (await Do(admin, "PUT", $"/v1/iam/users/{made}/password", new JsonObject { ["password"] = "password-456" })).Ok();
        var access = (await Do(op, "POST", $"/v1/iam/users/{op.Id}/access-keys", new JsonObject())).Ok()["access"].Str();
        (await Do(op, "DELETE", $"/v1/iam/users/{op.Id}/access-keys/{access}")).Ok();
        var enrollment = (await Do(admin, "POST", "/v1/iam/agent-enrollments", new JsonObject { ["project_id"] = p, ["expires_in_seconds"] = 60, ["max_uses"] = 1 })).Ok()["id"].Str();
        (await Do(admin, "DELETE", $"/v1/iam/agent-enrollments/{enrollment}")).Ok();
        (await Do(admin, "DELETE", $"/v1/iam/users/{made}")).Ok();
        (await Do(admin, "DELETE", $"/v1/iam/users/{reviewer.Id}/roles/{p}")).Ok();
        (await Do(op, "DELETE", $"/v1/documents/{doc}")).Status.ShouldBeOneOf(200, 400);
        var other = await R.LoginAsync(op.Name, op.Password);
        (await Do(op, "DELETE", "/v3/auth/tokens", extra: new Dictionary<string, string> { ["X-Subject-Token"] = other })).Status.ShouldBe(204);

        var log = new JsonArray([.. (await R.AuditAsync(p)).Select(a => a!.DeepClone()), .. (await R.AuditAsync("default")).Select(a => a!.DeepClone())]);
        foreach (var (rid, actor, what, reply) in calls)
        {
            var entries = log.Where(a => a!["request_id"]?.GetValue<string>() == rid).ToList();
            entries.Count.ShouldBe(1, $"{what} ({reply.Status}) should be audited once: {string.Join(", ", entries.Select(e => e!.ToJsonString()))}");
            var e = entries[0]!;
            e["actor"].Str().ShouldBe(actor, what);
            e["actor_kind"].Str().ShouldBe("token", what);
            e["source"].Str().ShouldBe("127.0.0.1", what);
            e["outcome"].Str().ShouldBe(reply.Status < 400 ? "ok" : $"refused: {reply.Body!["error_code"].Str()} (HTTP {reply.Status})", what);
        }
    }

    [Fact]
    public async Task Refused_writes_are_recorded_with_their_code_and_status()
    {
        var p = await R.NewProjectAsync();
        var viewer = await R.NewUserAsync(p, "viewer");
        var op = await R.NewUserAsync(p, "operator");

        var forbidden = NewId();
        var r403 = await R.SendAsync(HttpMethod.Post, "/v1/job/scripts", ScriptBody("nope").ToJsonString(), p, viewer.Token, RequestId(forbidden));
        r403.ShouldBeError(403, Rest.Forbidden);
        var invalid = NewId();
        var r400 = await R.SendAsync(HttpMethod.Post, "/v1/job/scripts", ScriptBody("bad", type: "COBOL").ToJsonString(), p, op.Token, RequestId(invalid));
        r400.Status.ShouldBe(400, r400.Text);
        var unauthenticated = NewId();
        var r401 = await R.SendAsync(HttpMethod.Post, "/v1/job/scripts", ScriptBody("anon").ToJsonString(), p, "drvt_not-a-token", RequestId(unauthenticated));
        r401.ShouldBeError(401, Rest.Unauthorized);

        var e403 = await EntryAsync(p, forbidden);
        e403["outcome"].Str().ShouldBe($"refused: {Rest.Forbidden} (HTTP 403)");
        e403["actor"].Str().ShouldBe(viewer.Name);
        e403["actor_kind"].Str().ShouldBe("token");
        e403["action"].Str().ShouldBe("POST /v1/job/scripts");
        e403["source"].Str().ShouldBe("127.0.0.1");

        var e400 = await EntryAsync(p, invalid);
        e400["outcome"].Str().ShouldBe($"refused: {r400.Body!["error_code"].Str()} (HTTP 400)");
        e400["actor"].Str().ShouldBe(op.Name);

        // Before authentication there is no project: the refusal is the default project's, as anonymous.
        var e401 = await EntryAsync("default", unauthenticated);
        e401["outcome"].Str().ShouldBe($"refused: {Rest.Unauthorized} (HTTP 401)");
        e401["actor"].Str().ShouldBe("anonymous");
        e401["source"].Str().ShouldBe("127.0.0.1");

        // A failed login is recorded too, without the password.
        var login = NewId();
        (await R.SendAsync(HttpMethod.Post, "/v3/auth/tokens", Rest.PasswordBody(op.Name, "wrong-password-1").ToJsonString(), token: null, headers: RequestId(login)))
            .ShouldBeError(401, Rest.Unauthorized);
        var eLogin = await EntryAsync("default", login);
        eLogin["outcome"].Str().ShouldStartWith("refused");
        eLogin.ToJsonString().ShouldNotContain("wrong-password-1");
    }

    [Fact]
    public async Task A_refused_attempt_on_another_project_is_in_that_projects_log()
    {
        var a = await R.NewProjectAsync();
        var b = await R.NewProjectAsync();
        var op = await R.NewUserAsync(a, "operator");
        var rid = NewId();
        (await R.SendAsync(HttpMethod.Post, "/v1/job/scripts", ScriptBody("intrusion").ToJsonString(), b, op.Token, RequestId(rid)))
            .ShouldBeError(403, Rest.Forbidden);
        var e = await EntryAsync(b, rid);
        e["actor"].Str().ShouldBe(op.Name);
        e["actor_id"].Str().ShouldBe(op.Id);
        e["outcome"].Str().ShouldBe($"refused: {Rest.Forbidden} (HTTP 403)");
        (await R.AuditAsync(a)).Select(x => x!["request_id"]?.GetValue<string>()).ShouldNotContain(rid);
    }

    [Fact]
    public async Task The_filters_select_and_the_marker_walks_every_page()
    {
        var p = await R.NewProjectAsync();
        var admin = await R.NewUserAsync(p, "admin");
        var op = await R.NewUserAsync(p, "operator");
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var mine = new List<string>();
        for (var i = 0; i < 5; i++)
            mine.Add((await R.PostAsync("/v1/job/scripts", ScriptBody($"paged_{i}"), p, op.Token)).Ok().Str());
        (await R.DeleteAsync($"/v1/job/scripts/{mine[0]}", p, op.Token)).Ok();
        await Task.Delay(20);
        var end = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await Task.Delay(20);
        (await R.PostAsync("/v1/job/scripts", ScriptBody("after_end"), p, admin.Token)).Ok();

        var all = await R.AuditAsync(p);
        var byUser = (await R.GetAsync($"/v1/audit?user={op.Name}&limit=1000", p, admin.Token)).Ok();
        byUser["data"]!.AsArray().Count.ShouldBe(6);
        byUser["total"].Long().ShouldBe(6);
        byUser["data"]!.AsArray().ShouldAllBe(a => a!["actor"]!.GetValue<string>() == op.Name);
        (await R.GetAsync($"/v1/audit?user={op.Id}&limit=1000", p, admin.Token)).Ok()["total"].Long().ShouldBe(6);

        var byResource = (await R.GetAsync($"/v1/audit?resource={mine[0]}", p, admin.Token)).Ok()["data"]!.AsArray();
        byResource.Select(a => a!["action"].Str()).ShouldBe(["script.delete", "script.create"]);
        var byAction = (await R.GetAsync("/v1/audit?action=script.delete", p, admin.Token)).Ok()["data"]!.AsArray();
        byAction.Select(a => a!["target"].Str()).ShouldBe([mine[0]]);
        var inWindow = (await R.GetAsync($"/v1/audit?start_time={start}&end_time={end}&limit=1000", p, admin.Token)).Ok()["data"]!.AsArray();
        inWindow.Count.ShouldBe(6);
        inWindow.ShouldAllBe(a => a!["at"]!.GetValue<long>() >= start && a["at"]!.GetValue<long>() <= end);
        (await R.GetAsync($"/v1/audit?start_time={end + 1}&limit=1000", p, admin.Token)).Ok()["data"]!.AsArray()
            .Select(a => a!["actor"].Str()).ShouldBe([admin.Name]);
        (await R.GetAsync($"/v1/audit?start_time={end}&end_time={start}", p, admin.Token)).ShouldBe400("COC.00010002");

        // limit=2 and the last id as marker, until a short page: every entry once, in the same order.
        var walked = new List<long>();
        string? marker = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = (await R.GetAsync($"/v1/audit?limit=2{(marker is null ? "" : "&marker=" + marker)}", p, admin.Token)).Ok();
            page["total"].Long().ShouldBe(all.Count);
            var rows = page["data"]!.AsArray();
            walked.AddRange(rows.Select(a => a!["id"].Long()));
            if (rows.Count < 2) break;
            marker = rows[^1]!["id"].Long().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        walked.ShouldBe(all.Select(a => a!["id"].Long()).ToList());
        walked.ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task The_user_filter_finds_a_users_writes_by_name_or_id_whatever_credential_it_used()
    {
        var p = await R.NewProjectAsync();
        var op = await R.NewUserAsync(p, "operator");
        var (access, secret) = await R.AccessKeyAsync(op.Id, op.Token);
        var viaToken = (await R.PostAsync("/v1/job/scripts", ScriptBody("by_token"), p, op.Token)).Ok().Str();
        var viaKey = (await R.SendAsync(await PythonSigner.SignAsync(R, access, secret, "POST", "/v1/job/scripts", ScriptBody("by_key").ToJsonString(),
            new Dictionary<string, string> { ["X-Project-Id"] = p }))).Ok().Str();
        foreach (var who in new[] { op.Name, op.Id })
        {
            var targets = (await R.GetAsync($"/v1/audit?user={who}&action=script.create", p)).Ok()["data"]!.AsArray().Select(a => a!["target"].Str()).ToList();
            targets.ShouldBe([viaKey, viaToken], $"user={who}");
        }
    }

    [Fact]
    public async Task Only_admins_read_it_and_there_is_no_door_to_change_it()
    {
        var p = await R.NewProjectAsync();
        var q = await R.NewProjectAsync();
        var admin = await R.NewUserAsync(p, "admin");
        var op = await R.NewUserAsync(p, "operator");
        await R.GrantAsync(op.Id, q, "admin");
        (await R.GetAsync("/v1/audit", p, admin.Token)).Ok();
        (await R.GetAsync("/v1/audit", p, op.Token)).ShouldBeError(403, Rest.Forbidden).ShouldContain("admin");
        // Admin elsewhere is not admin here.
        (await R.GetAsync("/v1/audit", q, op.Token)).Ok();
        (await R.GetAsync("/v1/audit", q, admin.Token)).ShouldBeError(403, Rest.Forbidden);

        var before = await R.AuditAsync(p);
        foreach (var method in new[] { "DELETE", "PUT", "POST", "PATCH" })
        {
            foreach (var path in new[] { "/v1/audit", $"/v1/audit/{before[0]!["id"].Long()}" })
            {
                var r = await R.SendAsync(new HttpMethod(method), path, method is "PUT" or "POST" or "PATCH" ? "{}" : null, p, admin.Token);
                r.ShouldBeError(404, r.Body!["error_code"].Str());
            }
        }
        // Nothing went away; what was added is the refusals themselves.
        var after = await R.AuditAsync(p);
        var afterIds = after.Select(a => a!["id"].Long()).ToHashSet();
        before.ShouldAllBe(a => afterIds.Contains(a!["id"]!.GetValue<long>()));
        var beforeIds = before.Select(a => a!["id"].Long()).ToHashSet();
        var added = after.Where(a => !beforeIds.Contains(a!["id"].Long())).ToList();
        added.Count.ShouldBe(8);
        added.ShouldAllBe(a => a!["outcome"]!.GetValue<string>().StartsWith("refused: ") && a["outcome"]!.GetValue<string>().EndsWith("(HTTP 404)"));
    }
}
