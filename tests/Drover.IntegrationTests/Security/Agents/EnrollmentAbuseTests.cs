using Drover.Agent;
using Drover.Agent.Connection;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Drover.IntegrationTests.Security.Agents;

/// <summary>
/// An enrollment token is worth exactly what the admin issued: its number of hosts, until it expires or is revoked,
/// for resource ids under its prefix, and never a host that is enrolled already. Every refusal enrolls nothing.
/// </summary>
public sealed class EnrollmentAbuseTests
{
    [Fact]
    public async Task A_token_asked_for_more_hosts_than_it_has_uses_enrolls_none_of_them()
    {
        await using var d = await TestDrover.StartAsync();
        var e = await d.CreateEnrollmentAsync(maxUses: 2);

        // As `--simulate 3` asks: three hosts in one call, each one use of a two-use token.
        var refused = await d.EnrollRefusedAsync(e.Token, "sim-1", "sim-2", "sim-3");
        refused.StatusCode.ShouldBe(StatusCode.Unauthenticated, refused.Status.Detail);
        (await d.CredentialsAsync()).ShouldBeEmpty();
        (await d.EnrollmentAsync(e.Id))["uses"]!.GetValue<int>().ShouldBe(0);

        // Its two uses are still there, and then it is used up.
        (await d.EnrollAsync(e.Token, "sim-1", "sim-2")).Credentials.Count.ShouldBe(2);
        var usedUp = await d.EnrollRefusedAsync(e.Token, "sim-3");
        usedUp.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        (await d.CredentialsAsync()).Keys.Order().ShouldBe(["sim-1", "sim-2"]);
        var listed = await d.EnrollmentAsync(e.Id);
        listed["uses"]!.GetValue<int>().ShouldBe(2);
        listed["status"]!.GetValue<string>().ShouldBe("USED_UP");
    }

    [Fact]
    public async Task A_real_agent_simulating_more_hosts_than_the_token_allows_stops_and_stores_no_credential()
    {
        await using var d = await TestDrover.StartAsync();
        var e = await d.CreateEnrollmentAsync(maxUses: 2);
        var journal = Path.Combine(d.DataDir, "sim-journal");
        using var logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole());
        var agent = new AgentHost(new AgentOptions
        {
            Server = d.AgentUrl, EnrollToken = e.Token, ResourceId = "sim", Simulate = 3, JournalDirectory = journal,
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(100), ReconnectMaxDelay = TimeSpan.FromSeconds(1),
        }, logs);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var refused = await Should.ThrowAsync<EnrollmentException>(() => agent.RunAsync(stop.Token));

        refused.Message.ShouldContain("unknown, expired, revoked or used up");
        (refused.InnerException as RpcException)?.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        (await d.CredentialsAsync()).ShouldBeEmpty();
        (await d.EnrollmentAsync(e.Id))["uses"]!.GetValue<int>().ShouldBe(0);
        Directory.EnumerateFiles(journal, "credential", SearchOption.AllDirectories).ShouldBeEmpty();
        (await d.AgentsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Secrets_other_than_an_enrollment_token_cannot_enroll()
    {
        await using var d = await TestDrover.StartAsync();
        var credential = await d.EnrolledCredentialAsync("web-1");
        var e = await d.CreateEnrollmentAsync(maxUses: 5);

        foreach (var (what, secret) in new[]
                 {
                     ("a host's credential", credential), ("the bootstrap admin secret", TestDrover.Token), ("nothing", ""),
                     ("an enrollment token's shape", "drve_" + new string('A', 43)), ("a token with a character changed", e.Token[..^1] + (e.Token[^1] == 'A' ? 'B' : 'A')),
                 })
        {
            var refused = await d.EnrollRefusedAsync(secret, "web-2");
            refused.StatusCode.ShouldBe(StatusCode.Unauthenticated, what);
        }
        (await d.CredentialsAsync()).Keys.ShouldBe(["web-1"]);
        (await d.EnrollmentAsync(e.Id))["uses"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Malformed_hosts_are_refused_as_invalid_and_enroll_nothing()
    {
        await using var d = await TestDrover.StartAsync();
        var e = await d.CreateEnrollmentAsync(maxUses: 10);

        foreach (var hosts in new[] { new[] { "ok-1", "bad\nid" }, ["ok-1", new string('x', 65)], ["ok-1", "ok-1"], [] })
        {
            var refused = await d.EnrollRefusedAsync(e.Token, hosts);
            refused.StatusCode.ShouldBe(StatusCode.InvalidArgument, string.Join(",", hosts));
        }
        (await d.CredentialsAsync()).ShouldBeEmpty();
        (await d.EnrollmentAsync(e.Id))["uses"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        await using var d = await TestDrover.StartAsync();
        var e = await d.CreateEnrollmentAsync(maxUses: 5, expiresInSeconds: 1);
        await Task.Delay(1500);

        var refused = await d.EnrollRefusedAsync(e.Token, "late-1");
        refused.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        (await d.CredentialsAsync()).ShouldBeEmpty();
        (await d.EnrollmentAsync(e.Id))["status"]!.GetValue<string>().ShouldBe("EXPIRED");
    }

    [Fact]
    public async Task A_revoked_token_is_refused()
    {
        await using var d = await TestDrover.StartAsync();
        var e = await d.CreateEnrollmentAsync(maxUses: 5);
        (await d.EnrollAsync(e.Token, "before-1")).Credentials.Count.ShouldBe(1);
        (await Api.ApiKit.DeleteAsync(d, $"/v1/iam/agent-enrollments/{e.Id}")).Status.ShouldBe(200);

        var refused = await d.EnrollRefusedAsync(e.Token, "after-1");
        refused.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        (await d.CredentialsAsync()).Keys.ShouldBe(["before-1"]);
        (await d.EnrollmentAsync(e.Id))["status"]!.GetValue<string>().ShouldBe("REVOKED");
    }

    [Fact]
    public async Task A_resource_id_outside_the_prefix_is_denied_and_nothing_is_enrolled()
    {
        await using var d = await TestDrover.StartAsync();
        var e = await d.CreateEnrollmentAsync(maxUses: 5, prefix: "web-");

        var alone = await d.EnrollRefusedAsync(e.Token, "db-1");
        alone.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        alone.Status.Detail.ShouldContain("db-1");
        // One host outside the prefix among good ones: all or none.
        var mixed = await d.EnrollRefusedAsync(e.Token, "web-1", "db-1");
        mixed.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        // A prefix is not a substring: an id that only contains it is outside too.
        (await d.EnrollRefusedAsync(e.Token, "x-web-1")).StatusCode.ShouldBe(StatusCode.PermissionDenied);
        (await d.CredentialsAsync()).ShouldBeEmpty();
        (await d.EnrollmentAsync(e.Id))["uses"]!.GetValue<int>().ShouldBe(0);

        (await d.EnrollAsync(e.Token, "web-1")).Credentials.Single().ResourceId.ShouldBe("web-1");
    }

    [Fact]
    public async Task A_token_cannot_take_over_a_host_that_holds_an_active_credential()
    {
        await using var d = await TestDrover.StartAsync();
        var original = await d.EnrolledCredentialAsync("web-1");
        var e = await d.CreateEnrollmentAsync(maxUses: 5);

        var refused = await d.EnrollRefusedAsync(e.Token, "web-1");
        refused.StatusCode.ShouldBe(StatusCode.AlreadyExists, refused.Status.Detail);
        // With a new host beside it: all or none, so the new one is not enrolled either, and no use is spent.
        var mixed = await d.EnrollRefusedAsync(e.Token, "web-2", "web-1");
        mixed.StatusCode.ShouldBe(StatusCode.AlreadyExists);
        (await d.CredentialsAsync()).Keys.ShouldBe(["web-1"]);
        (await d.EnrollmentAsync(e.Id))["uses"]!.GetValue<int>().ShouldBe(0);

        // The host's own credential still works: nothing was replaced.
        await using var agent = await FakeAgent.WelcomedAsync(d, original, "web-1");
        await agent.ShouldBeServedAsync();
    }

    [Fact]
    public async Task After_its_credential_is_revoked_a_host_enrolls_again_and_only_the_new_credential_connects()
    {
        await using var d = await TestDrover.StartAsync();
        var old = await d.EnrolledCredentialAsync("web-1");
        await d.RevokeCredentialAsync("web-1");

        var fresh = await d.EnrolledCredentialAsync("web-1");
        fresh.ShouldNotBe(old);
        (await d.CredentialsAsync())["web-1"].ShouldBe("ACTIVE");

        await using (var stale = await FakeAgent.ConnectAsync(d, old, "web-1"))
            (await stale.ShouldBeClosedWithErrorAsync()).StatusCode.ShouldBe(StatusCode.Unauthenticated);
        await using var agent = await FakeAgent.WelcomedAsync(d, fresh, "web-1");
        await agent.ShouldBeServedAsync();
    }

    [Fact]
    public async Task Two_agents_racing_on_a_one_use_token_enroll_exactly_one_host()
    {
        await using var d = await TestDrover.StartAsync();
        for (var round = 0; round < 3; round++)
        {
            var e = await d.CreateEnrollmentAsync(maxUses: 1);
            var a = $"race{round}-a";
            var b = $"race{round}-b";
            var calls = new[] { Attempt(d, e.Token, a), Attempt(d, e.Token, b) };
            var outcomes = await Task.WhenAll(calls);

            outcomes.Count(o => o is null).ShouldBe(1, string.Join("; ", outcomes.Select(o => o?.Status.ToString() ?? "enrolled")));
            outcomes.Single(o => o is not null)!.StatusCode.ShouldBe(StatusCode.Unauthenticated);
            var enrolled = (await d.CredentialsAsync()).Keys.Where(k => k == a || k == b).ToList();
            enrolled.Count.ShouldBe(1);
            (await d.EnrollmentAsync(e.Id))["uses"]!.GetValue<int>().ShouldBe(1);
        }

        static async Task<RpcException?> Attempt(TestDrover d, string token, string host)
        {
            try
            {
                await d.EnrollAsync(token, host);
                return null;
            }
            catch (RpcException e)
            {
                return e;
            }
        }
    }
}
