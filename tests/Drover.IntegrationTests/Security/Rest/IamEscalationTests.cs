using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Security.Rest;

/// <summary>
/// docs/security.md, the identity doors as a project admin or a plain user would try to climb through them: another
/// project's users, roles and projects stay out of reach; a user shared with another project cannot be taken over.
/// </summary>
public sealed class IamEscalationTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private TestDrover D => fixture.D;
    private Rest R => D.Rest();

    private async Task<string> UserStateAsync(string userId) =>
        (await R.GetAsync($"/v1/iam/users/{userId}")).Ok().ToJsonString() + (await R.GetAsync($"/v1/iam/users/{userId}/access-keys")).Ok().ToJsonString();

    [Fact]
    public async Task An_admin_of_A_cannot_reach_into_B()
    {
        var a = await R.NewProjectAsync();
        var b = await R.NewProjectAsync();
        var admin = await R.NewUserAsync(a, "admin");
        var onlyB = await R.NewUserAsync(b, "operator");
        var usersB = (await R.GetAsync("/v1/iam/users", b)).Ok().ToJsonString();
        var self = await UserStateAsync(admin.Id);

        var forbidden = new (string Method, string Path, JsonNode? Body)[]
        {
            ("POST", "/v1/iam/users", new JsonObject { ["name"] = "planted-" + Guid.NewGuid().ToString("N")[..6], ["password"] = "password-123", ["project_id"] = b, ["role"] = "admin" }),
            ("POST", $"/v1/iam/users/{admin.Id}/roles", new JsonObject { ["project_id"] = b, ["role"] = "admin" }),
            ("POST", $"/v1/iam/users/{onlyB.Id}/roles", new JsonObject { ["project_id"] = b, ["role"] = "viewer" }),
            ("DELETE", $"/v1/iam/users/{onlyB.Id}/roles/{b}", null),
            ("POST", "/v1/iam/agent-enrollments", new JsonObject { ["project_id"] = b, ["expires_in_seconds"] = 60, ["max_uses"] = 1 }),
            ("POST", "/v1/iam/projects", new JsonObject { ["name"] = "mine-" + Guid.NewGuid().ToString("N")[..6] }),
            ("DELETE", $"/v1/iam/projects/{b}", null),
        };
        foreach (var (method, path, body) in forbidden)
        {
            var r = await R.SendAsync(new HttpMethod(method), path, body?.ToJsonString(), a, admin.Token);
            r.ShouldBeError(403, Rest.Forbidden);
        }

        // B's own user answers like one that does not exist.
        const string nobody = "0123456789abcdef0123456789abcdef";
        foreach (var (method, path, body) in new (string, string, string?)[]
                 {
                     ("GET", "/v1/iam/users/{id}", null), ("DELETE", "/v1/iam/users/{id}", null),
                     ("PUT", "/v1/iam/users/{id}/password", """{"password":"hijacked-123"}"""),
                     ("POST", "/v1/iam/users/{id}/access-keys", "{}"), ("GET", "/v1/iam/users/{id}/access-keys", null),
                 })
        {
            var theirs = await R.SendAsync(new HttpMethod(method), path.Replace("{id}", onlyB.Id), body, a, admin.Token);
            var missing = await R.SendAsync(new HttpMethod(method), path.Replace("{id}", nobody), body, a, admin.Token);
            theirs.ShouldBeCocError();
            Rest.Normalized(theirs, onlyB.Id).ShouldBe(Rest.Normalized(missing, nobody), $"{method} {path}");
        }
        (await R.GetAsync("/v1/iam/users", a, admin.Token)).Ok()["data"]!.AsArray().Select(u => u!["id"].Str()).ShouldBe([admin.Id]);
        (await R.GetAsync("/v1/iam/projects", token: admin.Token)).Ok()["data"]!.AsArray().Select(p => p!["id"].Str()).ShouldBe([a]);

        (await R.GetAsync("/v1/iam/users", b)).Ok().ToJsonString().ShouldBe(usersB);
        (await UserStateAsync(admin.Id)).ShouldBe(self);
        await R.LoginAsync(onlyB.Name, onlyB.Password);
        (await R.GetAsync("/v1/iam/projects")).Ok().ToJsonString().ShouldContain(b);
    }

    [Fact]
    public async Task An_admin_of_A_cannot_take_over_a_user_who_is_also_admin_of_B()
    {
        var a = await R.NewProjectAsync();
        var b = await R.NewProjectAsync();
        var admin = await R.NewUserAsync(a, "admin");
        var shared = await R.NewUserAsync(b, "admin");
        await R.GrantAsync(shared.Id, a, "viewer");
        var before = await UserStateAsync(shared.Id);

        foreach (var (method, path, body) in new (string, string, string?)[]
                 {
                     ("PUT", $"/v1/iam/users/{shared.Id}/password", """{"password":"hijacked-123"}"""),
                     ("POST", $"/v1/iam/users/{shared.Id}/access-keys", "{}"),
                     ("GET", $"/v1/iam/users/{shared.Id}/access-keys", null),
                     ("DELETE", $"/v1/iam/users/{shared.Id}", null),
                 })
        {
            var r = await R.SendAsync(new HttpMethod(method), path, body, a, admin.Token);
            r.ShouldBeError(403, Rest.Forbidden).ShouldContain($"missing: {b}", Case.Sensitive, $"{method} {path}");
        }
        // What admin of A may do: change the user's role in A.
        (await R.PostAsync($"/v1/iam/users/{shared.Id}/roles", new JsonObject { ["project_id"] = a, ["role"] = "operator" }, a, admin.Token)).Ok();
        (await R.GetAsync($"/v1/iam/users/{shared.Id}", a, admin.Token)).Ok()["roles"]!.ToJsonString().ShouldBe($$"""[{"project_id":"{{a}}","role":"operator"}]""");
        await R.GrantAsync(shared.Id, a, "viewer");
        (await UserStateAsync(shared.Id)).ShouldBe(before);
        (await R.GetAsync("/v1/job/scripts?limit=1", b, shared.Token)).Ok();
        await R.LoginAsync(shared.Name, shared.Password);
    }

    [Fact]
    public async Task A_user_manages_only_itself()
    {
        var p = await R.NewProjectAsync();
        var me = await R.NewUserAsync(p, "operator");
        var peer = await R.NewUserAsync(p, "operator");
        var peerBefore = await UserStateAsync(peer.Id);
        foreach (var (method, path, body) in new (string, string, string?)[]
                 {
                     ("PUT", $"/v1/iam/users/{peer.Id}/password", """{"password":"hijacked-123"}"""),
                     ("POST", $"/v1/iam/users/{peer.Id}/access-keys", "{}"),
                     ("GET", $"/v1/iam/users/{peer.Id}/access-keys", null),
                     ("DELETE", $"/v1/iam/users/{peer.Id}", null),
                     ("GET", $"/v1/iam/users/{peer.Id}", null),
                 })
        {
            var r = await R.SendAsync(new HttpMethod(method), path, body, p, me.Token);
            r.ShouldBeError(403, Rest.Forbidden);
        }
        (await UserStateAsync(peer.Id)).ShouldBe(peerBefore);
        await R.LoginAsync(peer.Name, peer.Password);

        // Itself: its own record, keys and password, even without naming a project it has a role in.
        (await R.GetAsync($"/v1/iam/users/{me.Id}", token: me.Token)).Ok()["name"].Str().ShouldBe(me.Name);
        var (access, _) = await R.AccessKeyAsync(me.Id, me.Token);
        (await R.DeleteAsync($"/v1/iam/users/{me.Id}/access-keys/{access}", token: me.Token)).Ok();
        // Its own password only with the current one: a stolen token alone cannot lock the owner out.
        (await R.PutAsync($"/v1/iam/users/{me.Id}/password", new JsonObject { ["password"] = "my-own-new-1" }, token: me.Token))
            .ShouldBe400("COC.00010002").ShouldContain("old_password");
        (await R.PutAsync($"/v1/iam/users/{me.Id}/password", new JsonObject { ["password"] = "my-own-new-1", ["old_password"] = "not-mine-123" }, token: me.Token))
            .ShouldBe400("COC.00010002").ShouldContain("old_password");
        await R.LoginAsync(me.Name, me.Password);
        (await R.PutAsync($"/v1/iam/users/{me.Id}/password", new JsonObject { ["password"] = "my-own-new-1", ["old_password"] = me.Password }, token: me.Token)).Ok();
        await R.LoginAsync(me.Name, "my-own-new-1");
    }

    [Fact]
    public async Task A_removed_role_or_a_deleted_user_loses_its_credentials_at_once()
    {
        var p = await R.NewProjectAsync();
        var u = await R.NewUserAsync(p, "operator");
        var (access, secret) = await R.AccessKeyAsync(u.Id, u.Token);
        (await R.GetAsync("/v1/job/scripts?limit=1", p, u.Token)).Ok();

        (await R.DeleteAsync($"/v1/iam/users/{u.Id}/roles/{p}", p)).Ok();
        (await R.GetAsync("/v1/job/scripts?limit=1", p, u.Token)).ShouldBeError(403, Rest.Forbidden);
        (await R.SendAsync(await PythonSigner.SignAsync(R, access, secret, "GET", "/v1/job/scripts?limit=1",
            headers: new Dictionary<string, string> { ["X-Project-Id"] = p }))).ShouldBeError(403, Rest.Forbidden);

        await R.GrantAsync(u.Id, p, "operator");
        (await R.GetAsync("/v1/job/scripts?limit=1", p, u.Token)).Ok();
        (await R.DeleteAsync($"/v1/iam/users/{u.Id}", p)).Ok();
        (await R.GetAsync("/v1/job/scripts?limit=1", p, u.Token)).ShouldBeError(401, Rest.Unauthorized);
        (await R.SendAsync(await PythonSigner.SignAsync(R, access, secret, "GET", "/v1/job/scripts?limit=1",
            headers: new Dictionary<string, string> { ["X-Project-Id"] = p }))).ShouldBeError(401, Rest.Unauthorized);
        (await R.SendAsync(HttpMethod.Post, "/v3/auth/tokens", Rest.PasswordBody(u.Name, u.Password).ToJsonString(), token: null))
            .ShouldBeError(401, Rest.Unauthorized);
        (await D.ScriptTotalAsync(p)).ShouldBe(0);
    }
}
