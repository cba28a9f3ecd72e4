using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Security.Rest;

/// <summary>docs/security.md: no credential is accepted where another kind is expected (an agent's or an enrollment's on REST).</summary>
public sealed class CrossCredentialTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private TestDrover D => fixture.D;
    private Rest R => D.Rest();

    [Fact]
    public async Task An_agent_credential_or_an_enrollment_token_on_REST_is_401_and_does_nothing()
    {
        var enrollment = await D.EnrollmentTokenAsync(1);
        var journal = Path.Combine(D.DataDir, "agent-journal-cross");
        await D.StartAgentAsync("cross-1", journalDir: journal);
        var stored = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(journal, "cross-1", "credential")))!.AsObject();
        var credential = stored.First(kv => kv.Key.Equals("credential", StringComparison.OrdinalIgnoreCase)).Value.Str();
        credential.Length.ShouldBeGreaterThan(16);

        var total = await D.ScriptTotalAsync();
        foreach (var (what, secret) in new[] { ("agent credential", credential), ("enrollment token", enrollment) })
        {
            (await R.GetAsync("/v1/job/scripts?limit=10", token: secret)).ShouldBeError(401, Rest.Unauthorized);
            (await R.PostAsync("/v1/job/scripts", ScriptBody("cross_" + what.Replace(' ', '_')), token: secret)).ShouldBeError(401, Rest.Unauthorized);
            (await R.GetAsync("/v1/agents", token: secret)).ShouldBeError(401, Rest.Unauthorized);
            (await R.SendAsync(HttpMethod.Delete, "/v1/iam/agent-credentials/cross-1", token: secret)).ShouldBeError(401, Rest.Unauthorized);
            (await R.SendAsync(HttpMethod.Get, "/v3/auth/tokens", token: secret, headers: new Dictionary<string, string> { ["X-Subject-Token"] = secret }))
                .ShouldBeError(401, Rest.Unauthorized);
        }
        (await D.ScriptTotalAsync()).ShouldBe(total);
        (await R.GetAsync("/v1/iam/agent-credentials")).Ok()["data"]!.AsArray().Single(c => c!["resource_id"].Str() == "cross-1")!["status"].Str().ShouldBe("ACTIVE");
    }

    [Fact]
    public async Task A_token_in_the_wrong_header_or_scheme_is_not_a_credential()
    {
        var u = await R.NewUserAsync("default", "operator");
        foreach (var headers in new[]
                 {
                     new Dictionary<string, string> { ["Authorization"] = "Bearer " + u.Token },
                     new Dictionary<string, string> { ["X-Subject-Token"] = u.Token },
                     new Dictionary<string, string> { ["Authorization"] = "Bearer " + TestDrover.Token },
                 })
            (await R.SendAsync(HttpMethod.Get, "/v1/job/scripts?limit=10", token: null, headers: headers)).ShouldBeError(401, Rest.Unauthorized);
        // Bearer is taken on /metrics alone (for Prometheus); the same header on an API path is still no credential.
        (await R.SendAsync(HttpMethod.Get, "/v1/job/scripts?limit=10", token: null,
            headers: new Dictionary<string, string> { ["Authorization"] = "Bearer " + TestDrover.Token })).ShouldBeError(401, Rest.Unauthorized);
        // A token sent twice (one good, one bad) is not a way around the check.
        (await R.SendAsync(HttpMethod.Get, "/v1/job/scripts?limit=10", token: u.Token, headers: new Dictionary<string, string> { ["X-Auth-Token"] = "drvt_bad" }))
            .ShouldBeError(401, Rest.Unauthorized);
    }
}
