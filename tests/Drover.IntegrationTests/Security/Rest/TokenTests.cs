using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Drover.IntegrationTests.Api;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drover.IntegrationTests.Security.Rest;

/// <summary>docs/security.md, user tokens: Keystone's shape, one answer for every failed login, expiry, revocation, hashes only.</summary>
public sealed partial class TokenTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private TestDrover D => fixture.D;
    private Rest R => D.Rest();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\z")]
    private static partial Regex IsoZ();

    private async Task<HeadedReply> PasswordLoginAsync(string name, string password, string? scope = null) =>
        await R.SendWithHeadersAsync(HttpMethod.Post, "/v3/auth/tokens", Rest.PasswordBody(name, password, scope).ToJsonString(), token: null);

    [Fact]
    public async Task A_login_answers_Keystones_shape()
    {
        var p = await R.NewProjectAsync("keystone-" + Guid.NewGuid().ToString("N")[..6]);
        var u = await R.NewUserAsync(p, "operator");
        var r = await PasswordLoginAsync(u.Name, u.Password, p);
        r.Reply.Status.ShouldBe(201, r.Reply.Text);
        var token = r.Headers["X-Subject-Token"];
        token.ShouldStartWith("drvt_");
        r.Reply.Text.ShouldNotContain(token);
        var t = r.Reply.Body!["token"]!;
        r.Reply.Body.ShouldHaveKeys("token");
        IsoZ().IsMatch(t["expires_at"].Str()).ShouldBeTrue(t["expires_at"].Str());
        IsoZ().IsMatch(t["issued_at"].Str()).ShouldBeTrue(t["issued_at"].Str());
        var issued = DateTimeOffset.Parse(t["issued_at"].Str(), System.Globalization.CultureInfo.InvariantCulture);
        var expires = DateTimeOffset.Parse(t["expires_at"].Str(), System.Globalization.CultureInfo.InvariantCulture);
        (DateTimeOffset.UtcNow - issued).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(1));
        (expires - issued).ShouldBe(TimeSpan.FromHours(24), TimeSpan.FromSeconds(1));
        t["methods"]!.ToJsonString().ShouldBe("""["password"]""");
        t["user"]!["id"].Str().ShouldBe(u.Id);
        t["user"]!["name"].Str().ShouldBe(u.Name);
        t["project"]!["id"].Str().ShouldBe(p);
        t["roles"]!.AsArray().Select(x => x!["name"].Str()).ShouldBe(["operator"]);

        // GET validates X-Subject-Token; it answers the same.
        var check = await R.SendWithHeadersAsync(HttpMethod.Get, "/v3/auth/tokens", token: token, headers: new Dictionary<string, string> { ["X-Subject-Token"] = token });
        check.Reply.Status.ShouldBe(200, check.Reply.Text);
        check.Reply.Body!["token"]!["user"]!["id"].Str().ShouldBe(u.Id);
        check.Reply.Body!["token"]!["expires_at"].Str().ShouldBe(t["expires_at"].Str());

        // Unscoped: no project, no roles.
        var unscoped = await PasswordLoginAsync(u.Name, u.Password);
        unscoped.Reply.Status.ShouldBe(201);
        unscoped.Reply.Body!["token"]!["project"].ShouldBeNull();
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401()
    {
        var u = await R.NewUserAsync("default", "viewer");
        var wrong = await PasswordLoginAsync(u.Name, u.Password + "x");
        var unknown = await PasswordLoginAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], u.Password);
        wrong.Reply.ShouldBeError(401, Rest.Unauthorized);
        wrong.Reply.Text.ShouldBe(unknown.Reply.Text);
        unknown.Reply.Status.ShouldBe(401);
        wrong.Headers.ContainsKey("X-Subject-Token").ShouldBeFalse();
        unknown.Headers.ContainsKey("X-Subject-Token").ShouldBeFalse();
        // A role-less scope is no token either.
        var other = await R.NewProjectAsync();
        (await PasswordLoginAsync(u.Name, u.Password, other)).Reply.ShouldBeError(401, Rest.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var u = await R.NewUserAsync("default", "operator");
        (await R.GetAsync("/v1/job/scripts?limit=10", token: u.Token)).Ok();
        var dbs = D.Services.GetRequiredService<IDbContextFactory<DroverDb>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var past = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds();
            (await db.Tokens.Where(t => t.UserId == u.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, past))).ShouldBe(1);
        }
        var total = await D.ScriptTotalAsync();
        (await R.GetAsync("/v1/job/scripts?limit=10", token: u.Token)).ShouldBeError(401, Rest.Unauthorized);
        (await R.PostAsync("/v1/job/scripts", ApiKit.ScriptBody("expired_" + Guid.NewGuid().ToString("N")[..6]), token: u.Token)).ShouldBeError(401, Rest.Unauthorized);
        (await D.ScriptTotalAsync()).ShouldBe(total);
        // A new login works again.
        (await R.GetAsync("/v1/job/scripts?limit=10", token: await R.LoginAsync(u.Name, u.Password))).Ok();
    }

    [Fact]
    public async Task A_revoked_token_is_401_afterwards()
    {
        var u = await R.NewUserAsync("default", "operator");
        var other = await R.LoginAsync(u.Name, u.Password);
        var stranger = await R.NewUserAsync("default", "operator");
        var subject = new Dictionary<string, string> { ["X-Subject-Token"] = u.Token };
        // Someone else's token cannot be revoked (nor seen).
        (await R.SendAsync(HttpMethod.Delete, "/v3/auth/tokens", token: stranger.Token, headers: subject)).ShouldBeError(404, Rest.Unauthorized);
        (await R.GetAsync("/v1/job/scripts?limit=10", token: u.Token)).Ok();

        var revoke = await R.SendAsync(HttpMethod.Delete, "/v3/auth/tokens", token: u.Token, headers: subject);
        revoke.Status.ShouldBe(204, revoke.Text);
        (await R.GetAsync("/v1/job/scripts?limit=10", token: u.Token)).ShouldBeError(401, Rest.Unauthorized);
        (await R.SendAsync(HttpMethod.Get, "/v3/auth/tokens", token: other, headers: subject)).ShouldBeError(404, Rest.Unauthorized);
        // Only that token: the user's other one still works.
        (await R.GetAsync("/v1/job/scripts?limit=10", token: other)).Ok();
    }

    [Fact]
    public async Task A_password_change_revokes_the_users_tokens()
    {
        var u = await R.NewUserAsync("default", "operator");
        var second = await R.LoginAsync(u.Name, u.Password);
        var bystander = await R.NewUserAsync("default", "operator");
        (await R.PutAsync($"/v1/iam/users/{u.Id}/password", new JsonObject { ["password"] = "a-new-password-1", ["old_password"] = u.Password }, token: u.Token)).Ok();
        (await R.GetAsync("/v1/job/scripts?limit=10", token: u.Token)).ShouldBeError(401, Rest.Unauthorized);
        (await R.GetAsync("/v1/job/scripts?limit=10", token: second)).ShouldBeError(401, Rest.Unauthorized);
        (await PasswordLoginAsync(u.Name, u.Password)).Reply.ShouldBeError(401, Rest.Unauthorized);
        (await R.GetAsync("/v1/job/scripts?limit=10", token: await R.LoginAsync(u.Name, "a-new-password-1"))).Ok();
        (await R.GetAsync("/v1/job/scripts?limit=10", token: bystander.Token)).Ok();

        // Set by an admin: the same.
        var fresh = await R.LoginAsync(u.Name, "a-new-password-1");
        (await R.PutAsync($"/v1/iam/users/{u.Id}/password", new JsonObject { ["password"] = "third-password-1" })).Ok();
        (await R.GetAsync("/v1/job/scripts?limit=10", token: fresh)).ShouldBeError(401, Rest.Unauthorized);
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes()
    {
        var u = await R.NewUserAsync("default", "viewer");
        var tokens = new[] { u.Token, await R.LoginAsync(u.Name, u.Password) };
        var dbs = D.Services.GetRequiredService<IDbContextFactory<DroverDb>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var rows = await db.Tokens.AsNoTracking().Where(t => t.UserId == u.Id).ToListAsync();
            rows.Count.ShouldBe(2);
            foreach (var row in rows)
            {
                var text = System.Text.Json.JsonSerializer.Serialize(row);
                foreach (var token in tokens)
                {
                    text.ShouldNotContain(token);
                    text.ShouldNotContain(token["drvt_".Length..]);
                }
            }
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(FULL);");
        }
        // The scan finds what is there (the user's name), so finding no token means something.
        if (!Postgres.IsDefault) FileScan.Containing(D.DataDir, u.Name).ShouldNotBeEmpty();
        foreach (var token in tokens)
        {
            FileScan.Containing(D.DataDir, token).ShouldBeEmpty();
            FileScan.Containing(D.DataDir, token["drvt_".Length..]).ShouldBeEmpty();
        }
    }
}

/// <summary>Byte scans of a server's files (its database, WAL, journal) for a secret in clear.</summary>
public static class FileScan
{
    public static IReadOnlyList<string> Containing(string dir, string secret)
    {
        var needle = Encoding.UTF8.GetBytes(secret);
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            try
            {
                using var f = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var m = new MemoryStream();
                f.CopyTo(m);
                bytes = m.ToArray();
            }
            catch (IOException) { continue; }
            if (bytes.AsSpan().IndexOf(needle) >= 0) hits.Add(file);
        }
        return hits;
    }
}
