using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Security.Rest;

/// <summary>A server with an operator of <c>default</c> and of a second project, holding one access key.</summary>
public sealed class SignedServer : DroverFixture
{
    public Rest R { get; private set; } = null!;
    public TestUser User { get; private set; } = null!;
    public string Other { get; private set; } = "";
    public string Access { get; private set; } = "";
    public string Secret { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        R = D.Rest();
        User = await R.NewUserAsync("default", "operator");
        Other = await R.NewProjectAsync();
        await R.GrantAsync(User.Id, Other, "operator");
        (Access, Secret) = await R.AccessKeyAsync(User.Id, User.Token);
    }
}

/// <summary>
/// docs/security.md, access keys: requests signed by an independent SDK-HMAC-SHA256 signer (Python) over real HTTP are
/// the key's user; any change to what was signed, a stale date, a replayed write or a dead key is 401 and does nothing.
/// </summary>
public sealed class AccessKeyTests(SignedServer s) : IClassFixture<SignedServer>
{
    private Rest R => s.R;

    private Task<SignedCall> SignAsync(string method, string target, string? body = null, IReadOnlyDictionary<string, string>? headers = null,
        TimeSpan skew = default, string? access = null, string? secret = null) =>
        PythonSigner.SignAsync(R, access ?? s.Access, secret ?? s.Secret, method, target, body, headers, skew);

    private static string NewScript(string prefix = "signed") => ScriptBody($"{prefix}_{Guid.NewGuid():N}"[..30]).ToJsonString();

    private static void ShouldBeRefused(Reply r, string what, string? contains = null)
    {
        var msg = r.ShouldBeError(401, Rest.Unauthorized);
        if (contains is not null) msg.ShouldContain(contains, Case.Insensitive, what);
    }

    [Fact]
    public async Task A_key_is_created_with_its_secret_once_and_listed_without_it()
    {
        var (access, secret) = await R.AccessKeyAsync(s.User.Id, s.User.Token);
        access.ShouldNotBe(secret);
        secret.Length.ShouldBeGreaterThanOrEqualTo(30);
        var list = await R.GetAsync($"/v1/iam/users/{s.User.Id}/access-keys", token: s.User.Token);
        var rows = list.Ok()["data"]!.AsArray();
        rows.Select(k => k!["access"].Str()).ShouldContain(access);
        foreach (var row in rows) row.ShouldHaveKeys("access", "user_id", "gmt_created", "last_used");
        list.Text.ShouldNotContain(secret);
        (await R.GetAsync($"/v1/iam/users/{s.User.Id}/access-keys")).Text.ShouldNotContain(secret);
        (await R.DeleteAsync($"/v1/iam/users/{s.User.Id}/access-keys/{access}", token: s.User.Token)).Ok();
    }

    [Fact]
    public async Task A_signed_read_with_an_encoded_query_and_a_signed_write_act_as_the_keys_user()
    {
        var read = await R.SendAsync(await SignAsync("GET", "/v1/job/scripts?limit=10&name_like=a%20b"));
        read.Ok()["total"].Long().ShouldBeGreaterThanOrEqualTo(0);

        var body = NewScript();
        var created = (await R.SendAsync(await SignAsync("POST", "/v1/job/scripts", body))).Ok().Str();
        var script = (await R.GetAsync($"/v1/job/scripts/{created}")).Ok();
        script["creator"].Str().ShouldBe(s.User.Name);
        script["name"].Str().ShouldBe(JsonNode.Parse(body)!["name"].Str());

        var named = await R.SendAsync(await SignAsync("GET", $"/v1/job/scripts?limit=10&name_like={Uri.EscapeDataString(script["name"].Str())}"));
        named.Ok()["data"]!.AsArray().Select(x => x!["script_uuid"].Str()).ShouldBe([created]);
    }

    [Fact]
    public async Task Anything_changed_after_signing_is_401_and_does_nothing()
    {
        var victim = await s.D.CreateScriptAsync(ScriptBody($"victim_{Guid.NewGuid():N}"[..30]));
        var other = await s.D.CreateScriptAsync(ScriptBody($"other_{Guid.NewGuid():N}"[..30]));
        var total = await s.D.ScriptTotalAsync();
        var totalOther = await s.D.ScriptTotalAsync(s.Other);

        var get = await SignAsync("GET", $"/v1/job/scripts/{victim}");
        (await R.SendAsync(get)).Ok();
        ShouldBeRefused(await R.SendAsync(get with { Method = "DELETE" }), "method");

        var delete = await SignAsync("DELETE", $"/v1/job/scripts/{victim}");
        ShouldBeRefused(await R.SendAsync(delete with { PathAndQuery = $"/v1/job/scripts/{other}" }), "path");

        var query = await SignAsync("GET", "/v1/job/scripts?limit=10");
        ShouldBeRefused(await R.SendAsync(query with { PathAndQuery = "/v1/job/scripts?limit=11" }), "query");
        ShouldBeRefused(await R.SendAsync(query with { PathAndQuery = "/v1/job/scripts?limit=10&name_like=x" }), "added query");

        var inDefault = await SignAsync("POST", "/v1/job/scripts", NewScript("hdr"), new Dictionary<string, string> { ["X-Project-Id"] = "default" });
        ShouldBeRefused(await R.SendAsync(inDefault.WithHeader("X-Project-Id", s.Other)), "signed header");

        var body = await SignAsync("POST", "/v1/job/scripts", NewScript("body"));
        ShouldBeRefused(await R.SendAsync(body with { Body = System.Text.Encoding.UTF8.GetBytes(NewScript("evil")) }), "body");

        var sig = delete.Headers["Authorization"];
        var flipped = sig[..^1] + (sig[^1] == '0' ? '1' : '0');
        ShouldBeRefused(await R.SendAsync(delete.WithHeader("Authorization", flipped)), "signature", "wrong signature");
        ShouldBeRefused(await R.SendAsync(await SignAsync("DELETE", $"/v1/job/scripts/{victim}", access: "AKUNKNOWN" + Guid.NewGuid().ToString("N")[..16])),
            "unknown key", "unknown access key");
        ShouldBeRefused(await R.SendAsync(await SignAsync("DELETE", $"/v1/job/scripts/{victim}", secret: s.Secret + "x")), "wrong secret");

        (await s.D.ScriptTotalAsync()).ShouldBe(total);
        (await R.GetAsync($"/v1/job/scripts/{victim}")).Ok();
        (await R.GetAsync($"/v1/job/scripts/{other}")).Ok();
        (await s.D.ScriptTotalAsync(s.Other)).ShouldBe(totalOther);
        // The unchanged delete still goes through: it was the changes that were refused.
        (await R.SendAsync(delete)).Ok().Str().ShouldBe(victim);
    }

    [Fact]
    public async Task Ambiguous_or_unsigned_parts_are_401_and_a_bad_signature_never_falls_back_to_a_token()
    {
        var total = await s.D.ScriptTotalAsync();
        // '+' would be signed as itself but read as a space.
        ShouldBeRefused(await R.SendAsync(await SignAsync("GET", "/v1/job/scripts?limit=10&name_like=a+b")), "plus", "%2B");
        // An unsigned payload is refused even when the claim itself is signed.
        ShouldBeRefused(await R.SendAsync(await SignAsync("POST", "/v1/job/scripts", NewScript("unsigned"),
            new Dictionary<string, string> { ["X-Sdk-Content-Sha256"] = "UNSIGNED-PAYLOAD" })), "unsigned payload", "UNSIGNED-PAYLOAD");
        // A wrong signature next to a valid admin token is still a wrong signature.
        var signed = await SignAsync("POST", "/v1/job/scripts", NewScript("fallback"));
        var flipped = signed.Headers["Authorization"][..^1] + (signed.Headers["Authorization"][^1] == 'a' ? 'b' : 'a');
        ShouldBeRefused(await R.SendAsync(signed.WithHeader("Authorization", flipped).WithHeader("X-Auth-Token", TestDrover.Token)), "fallback");
        ShouldBeRefused(await R.SendAsync(signed.WithHeader("Authorization", flipped).WithHeader("X-Auth-Token", s.User.Token)), "fallback to user");
        // A signed header's value extended with a second project.
        var twice = await SignAsync("POST", "/v1/job/scripts", NewScript("twice"), new Dictionary<string, string> { ["X-Project-Id"] = "default" });
        ShouldBeRefused(await R.SendAsync(twice.WithHeader("X-Project-Id", "default," + s.Other)), "header extended");
        (await s.D.ScriptTotalAsync()).ShouldBe(total);
    }

    [Fact]
    public async Task A_deleted_key_is_401()
    {
        var (access, secret) = await R.AccessKeyAsync(s.User.Id, s.User.Token);
        (await R.SendAsync(await SignAsync("GET", "/v1/job/scripts?limit=10", access: access, secret: secret))).Ok();
        (await R.DeleteAsync($"/v1/iam/users/{s.User.Id}/access-keys/{access}", token: s.User.Token)).Ok();
        var total = await s.D.ScriptTotalAsync();
        ShouldBeRefused(await R.SendAsync(await SignAsync("GET", "/v1/job/scripts?limit=10", access: access, secret: secret)), "deleted key");
        ShouldBeRefused(await R.SendAsync(await SignAsync("POST", "/v1/job/scripts", NewScript("dead"), access: access, secret: secret)), "deleted key");
        (await s.D.ScriptTotalAsync()).ShouldBe(total);
    }

    [Theory]
    [InlineData(-16)]
    [InlineData(16)]
    public async Task A_date_16_minutes_off_is_401(int minutes)
    {
        var total = await s.D.ScriptTotalAsync();
        ShouldBeRefused(await R.SendAsync(await SignAsync("GET", "/v1/job/scripts?limit=10", skew: TimeSpan.FromMinutes(minutes))), "read", "X-Sdk-Date");
        ShouldBeRefused(await R.SendAsync(await SignAsync("POST", "/v1/job/scripts", NewScript("late"), skew: TimeSpan.FromMinutes(minutes))), "write", "X-Sdk-Date");
        (await s.D.ScriptTotalAsync()).ShouldBe(total);
        // 14 minutes is within the window.
        (await R.SendAsync(await SignAsync("GET", "/v1/job/scripts?limit=10", skew: TimeSpan.FromMinutes(Math.Sign(minutes) * 14)))).Ok();
    }

    [Fact]
    public async Task A_signed_write_replayed_byte_for_byte_is_401_but_a_read_may_repeat()
    {
        var write = await SignAsync("POST", "/v1/job/scripts", NewScript("once"));
        var total = await s.D.ScriptTotalAsync();
        (await R.SendAsync(write)).Ok();
        // Sent again after the second it was signed in is over: a replay.
        await Task.Delay(Drover.Server.Security.Access.SignedCallers.SameSecondGrace + TimeSpan.FromMilliseconds(500));
        ShouldBeRefused(await R.SendAsync(write), "replay", "replay");
        (await s.D.ScriptTotalAsync()).ShouldBe(total + 1);

        // The SDKs date requests to the second with nothing random: the same write sent twice at once is the client's own.
        var check = await SignAsync("POST", "/v1/job/analyze-job", new JsonObject { ["content"] = "echo same" }.ToJsonString());
        (await R.SendAsync(check)).Ok();
        (await R.SendAsync(check)).Ok();

        var read = await SignAsync("GET", "/v1/job/scripts?limit=10");
        (await R.SendAsync(read)).Ok();
        (await R.SendAsync(read)).Ok();
    }

    [Fact]
    public async Task X_Project_Id_selects_the_project_of_a_signed_request()
    {
        var uuid = (await R.SendAsync(await SignAsync("POST", "/v1/job/scripts", NewScript("proj"),
            new Dictionary<string, string> { ["X-Project-Id"] = s.Other }))).Ok().Str();
        (await R.GetAsync($"/v1/job/scripts/{uuid}", s.Other)).Ok()["creator"].Str().ShouldBe(s.User.Name);
        (await R.GetAsync($"/v1/job/scripts/{uuid}")).ShouldBe400("COC.00040603");
        var listed = await R.SendAsync(await SignAsync("GET", "/v1/job/scripts?limit=100", headers: new Dictionary<string, string> { ["X-Project-Id"] = s.Other }));
        listed.Ok()["data"]!.AsArray().Select(x => x!["script_uuid"].Str()).ShouldContain(uuid);
        // An X-Project-Id added after signing (so not among the signed headers) is refused: it would move a captured request.
        var moved = (await SignAsync("GET", "/v1/job/scripts?limit=10")).WithHeader("X-Project-Id", s.Other);
        ShouldBeRefused(await R.SendAsync(moved), "unsigned X-Project-Id", "X-Project-Id");
        // A project the key's user has no role in is 403, signed or not.
        var nowhere = await R.NewProjectAsync();
        (await R.SendAsync(await SignAsync("GET", "/v1/job/scripts?limit=10", headers: new Dictionary<string, string> { ["X-Project-Id"] = nowhere })))
            .ShouldBeError(403, Rest.Forbidden);
    }

    [Fact]
    public async Task The_secret_is_not_in_clear_in_the_database_files()
    {
        (await R.SendAsync(await SignAsync("POST", "/v1/job/scripts", NewScript("scan")))).Ok();
        var dbs = s.D.Services.GetRequiredService<IDbContextFactory<DroverDb>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var row = await db.AccessKeys.AsNoTracking().SingleAsync(k => k.AccessKey == s.Access);
            System.Text.Json.JsonSerializer.Serialize(row).ShouldNotContain(s.Secret);
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(FULL);");
        }
        if (Postgres.IsDefault) return;
        FileScan.Containing(s.D.DataDir, s.Access).ShouldNotBeEmpty();
        FileScan.Containing(s.D.DataDir, s.Secret).ShouldBeEmpty();
    }
}

/// <summary>The server as a process of its own, logging at Debug: neither a secret nor a token reaches its output.</summary>
public sealed class SecretLogTests
{
    [Fact]
    public async Task Neither_the_secret_nor_a_token_appears_in_the_servers_logs()
    {
        var dir = Directory.CreateTempSubdirectory("drover-it-logs-").FullName;
        using var server = new ServerProcess(dir, "--Logging:LogLevel:Default=Debug", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Debug");
        try
        {
            await server.StartAsync();
            var r = new Rest(server.ApiUrl);
            var user = await r.NewUserAsync("default", "operator");
            var (access, secret) = await r.AccessKeyAsync(user.Id, user.Token);
            (await r.SendAsync(await PythonSigner.SignAsync(r, access, secret, "POST", "/v1/job/scripts", ScriptBody("logged").ToJsonString()))).Ok();
            (await r.SendAsync(await PythonSigner.SignAsync(r, access, secret + "x", "POST", "/v1/job/scripts", ScriptBody("logged2").ToJsonString())))
                .ShouldBeError(401, Rest.Unauthorized);
            (await r.PostAsync("/v1/job/scripts", ScriptBody("bad token"), token: user.Token + "x")).ShouldBeError(401, Rest.Unauthorized);
            (await r.SendAsync(HttpMethod.Post, "/v3/auth/tokens", Rest.PasswordBody(user.Name, user.Password + "x").ToJsonString(), token: null))
                .ShouldBeError(401, Rest.Unauthorized);
            await Task.Delay(500);
            var logs = server.AllOutput;
            // Debug logging is on (ASP.NET logs every request), so the scan below reads the requests' logs.
            logs.ShouldContain("/v1/job/scripts");
            logs.ShouldContain("/v3/auth/tokens");
            logs.ShouldNotContain(secret);
            logs.ShouldNotContain(user.Token);
            logs.ShouldNotContain(user.Token["drvt_".Length..]);
            logs.ShouldNotContain(user.Password);
            logs.ShouldNotContain(TestDrover.Token);
        }
        finally
        {
            server.KillHard();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
