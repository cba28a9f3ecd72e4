using System.Net.Http.Json;
using Drover.IntegrationTests.Api;
using Grpc.Core;

namespace Drover.IntegrationTests.Security.Agents;

/// <summary>
/// The agents' port takes one kind of secret: a host's own credential, for that host. Everything else an attacker may
/// hold (the admin secret, a user's token, an access key, an enrollment token, garbage) is UNAUTHENTICATED and
/// registers nothing; a credential presented for another host is PERMISSION_DENIED; and a credential is no key to the
/// REST API.
/// </summary>
public sealed class StreamAuthenticationTests
{
    [Fact]
    public async Task Every_secret_that_is_not_an_agent_credential_is_refused_on_the_stream_and_registers_no_host()
    {
        await using var d = await TestDrover.StartAsync();
        var userId = (await d.PostDataAsync("/v1/iam/users",
            new { name = "mallory", password = "correct-horse-battery", project_id = "default", role = "admin" }))["id"]!.GetValue<string>();
        var login = await d.Api.PostAsJsonAsync("/v3/auth/tokens", new
        {
            auth = new { identity = new { methods = new[] { "password" }, password = new { user = new { name = "mallory", password = "correct-horse-battery", domain = new { name = "drover" } } } } },
        });
        ((int)login.StatusCode).ShouldBe(201, await login.Content.ReadAsStringAsync());
        var userToken = login.Headers.GetValues("X-Subject-Token").Single();
        var key = await d.PostDataAsync($"/v1/iam/users/{userId}/access-keys", new { });
        var enrollment = await d.CreateEnrollmentAsync(maxUses: 5);

        var secrets = new Dictionary<string, string>
        {
            ["bootstrap admin secret"] = TestDrover.Token,
            ["user token"] = userToken,
            ["access key id"] = key["access"]!.GetValue<string>(),
            ["access key secret"] = key["secret"]!.GetValue<string>(),
            ["enrollment token"] = enrollment.Token,
            ["empty"] = "",
            ["garbage"] = "garbage",
            ["credential-shaped garbage"] = "drva_" + new string('A', 43),
            ["enrollment token as a credential"] = "drva_" + enrollment.Token["drve_".Length..],
            ["overlong"] = "drva_" + new string('x', 5000),
        };
        var host = 0;
        foreach (var (what, secret) in secrets)
        {
            var resource = $"intruder-{host++}";
            await using var agent = await FakeAgent.ConnectAsync(d, secret, resource);
            var e = await agent.ShouldBeClosedWithErrorAsync();
            e.StatusCode.ShouldBe(StatusCode.Unauthenticated, $"{what}: {e.Status}");
            agent.Received.ShouldBeEmpty(what);
        }

        (await d.AgentsAsync()).ShouldBeEmpty();
        (await d.CredentialsAsync()).ShouldBeEmpty();
        // The enrollment token was not spent by being shown to Connect.
        (await d.EnrollmentAsync(enrollment.Id))["uses"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task A_credential_presented_for_another_host_region_or_project_is_denied_and_registers_nothing()
    {
        await using var d = await TestDrover.StartAsync();
        await d.EnsureProjectAsync("other");
        var ofB = await d.EnrolledCredentialAsync("host-b");

        await using (var asA = await FakeAgent.ConnectAsync(d, ofB, "host-a"))
        {
            var e = await asA.ShouldBeClosedWithErrorAsync();
            e.StatusCode.ShouldBe(StatusCode.PermissionDenied, e.Status.ToString());
            e.Status.Detail.ShouldContain("resource_id");
            asA.Received.ShouldBeEmpty();
        }
        await using (var otherRegion = await FakeAgent.ConnectAsync(d, ofB, "host-b", h => h.RegionId = "eu-1"))
            (await otherRegion.ShouldBeClosedWithErrorAsync()).StatusCode.ShouldBe(StatusCode.PermissionDenied);
        await using (var otherProject = await FakeAgent.ConnectAsync(d, ofB, "host-b", h => h.ProjectId = "other"))
            (await otherProject.ShouldBeClosedWithErrorAsync()).StatusCode.ShouldBe(StatusCode.PermissionDenied);

        // Neither host is registered: not A (claimed), not B (its credential was misused, not used).
        (await d.AgentsAsync()).ShouldBeEmpty();
        (await d.SendAsync(HttpMethod.Get, "/v1/agents?limit=100", project: "other")).Ok()["data"]!.AsArray().ShouldBeEmpty();

        // B's own Hello with B's credential still works.
        await using var b = await FakeAgent.WelcomedAsync(d, ofB, "host-b");
        await b.ShouldBeServedAsync();
    }

    [Fact]
    public async Task An_agent_credential_is_refused_by_the_REST_API_with_COCs_401()
    {
        await using var d = await TestDrover.StartAsync();
        var credential = await d.EnrolledCredentialAsync("host-a");

        foreach (var (method, path) in new[]
                 {
                     (HttpMethod.Get, "/v1/agents"), (HttpMethod.Get, "/v1/iam/agent-credentials"), (HttpMethod.Get, "/v1/job/scripts"),
                     (HttpMethod.Delete, "/v1/iam/agent-credentials/host-a"), (HttpMethod.Get, "/v3/auth/tokens"),
                 })
        {
            var r = await d.SendAsync(method, path, token: credential);
            r.ShouldBeError(401, "common.01010001");
        }
        var enroll = await d.SendAsync(HttpMethod.Post, "/v1/iam/agent-enrollments",
            """{"project_id":"default","expires_in_seconds":60,"max_uses":1}""", token: credential);
        enroll.ShouldBeError(401, "common.01010001");

        // Nothing happened: the credential is still active and no enrollment was made.
        (await d.CredentialsAsync())["host-a"].ShouldBe("ACTIVE");
        (await d.GetDataAsync("/v1/iam/agent-enrollments"))["data"]!.AsArray().Count.ShouldBe(1);
    }
}
