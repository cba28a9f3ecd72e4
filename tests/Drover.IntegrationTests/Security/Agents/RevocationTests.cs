using Drover.Server.Storage;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Drover.IntegrationTests.Security.Agents;

/// <summary>
/// Revoking a host's credential (<c>DELETE /v1/iam/agent-credentials/{resource_id}</c>) takes effect on the live
/// stream, in what the admin sees, and for every later connection.
/// </summary>
public sealed class RevocationTests
{
    [Fact]
    public async Task Revoking_a_credential_closes_the_live_stream_marks_the_host_offline_and_locks_the_credential_out()
    {
        await using var d = await TestDrover.StartAsync();
        var credential = await d.EnrolledCredentialAsync("web-1");
        var neighbour = await d.EnrolledCredentialAsync("web-2");
        await using var agent = await FakeAgent.WelcomedAsync(d, credential, "web-1");
        await using var other = await FakeAgent.WelcomedAsync(d, neighbour, "web-2");
        await agent.ShouldBeServedAsync();
        await WaitForAsync(d, "web-1", "ONLINE", "ACTIVE");

        await d.RevokeCredentialAsync("web-1");

        var closed = await agent.ShouldBeClosedWithErrorAsync(TimeSpan.FromSeconds(5));
        closed.StatusCode.ShouldBe(StatusCode.Unauthenticated, closed.Status.ToString());
        await WaitForAsync(d, "web-1", "OFFLINE", "REVOKED");
        (await d.CredentialsAsync())["web-1"].ShouldBe("REVOKED");

        await using (var again = await FakeAgent.ConnectAsync(d, credential, "web-1"))
            (await again.ShouldBeClosedWithErrorAsync()).StatusCode.ShouldBe(StatusCode.Unauthenticated);
        (await d.AgentsAsync())["web-1"]["status"]!.GetValue<string>().ShouldBe("OFFLINE");

        // The neighbour is untouched.
        await other.ShouldBeServedAsync();
        var listed = (await d.AgentsAsync())["web-2"];
        listed["status"]!.GetValue<string>().ShouldBe("ONLINE");
        listed["credential"]!.GetValue<string>().ShouldBe("ACTIVE");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_revocation_written_by_another_replica_closes_the_stream_here_even_if_the_host_is_enrolled_again_at_once(bool reEnroll)
    {
        await using var d = await TestDrover.StartAsync();
        var credential = await d.EnrolledCredentialAsync("web-1");
        await using var agent = await FakeAgent.WelcomedAsync(d, credential, "web-1");
        await agent.ShouldBeServedAsync();

        // Another replica's DELETE /v1/iam/agent-credentials/web-1, as it reaches this one: revoked_at on the shared
        // credential row, nothing said to this replica's sessions (only CredentialRevocationWatch, every 2 s, finds it).
        await using (var db = await d.Db().CreateDbContextAsync())
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            (await db.AgentCredentials.Where(c => c.ResourceId == "web-1").ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedAt, now))).ShouldBe(1);
        }
        // And, as an admin fixing a lost host does, enrolled again before the watch's next sweep.
        var fresh = reEnroll ? await d.EnrolledCredentialAsync("web-1") : null;

        var closed = await agent.ShouldBeClosedWithErrorAsync(TimeSpan.FromSeconds(8));
        closed.StatusCode.ShouldBe(StatusCode.Unauthenticated, closed.Status.ToString());
        await using (var again = await FakeAgent.ConnectAsync(d, credential, "web-1"))
            (await again.ShouldBeClosedWithErrorAsync()).StatusCode.ShouldBe(StatusCode.Unauthenticated);
        if (fresh is not null)
        {
            await using var next = await FakeAgent.WelcomedAsync(d, fresh, "web-1");
            await next.ShouldBeServedAsync();
            (await d.AgentsAsync())["web-1"]["credential"]!.GetValue<string>().ShouldBe("ACTIVE");
        }
    }

    [Fact]
    public async Task The_agents_list_shows_NONE_for_a_host_never_enrolled_and_ACTIVE_for_an_enrolled_one()
    {
        await using var d = await TestDrover.StartAsync();
        var credential = await d.EnrolledCredentialAsync("enrolled-1");
        await using var agent = await FakeAgent.WelcomedAsync(d, credential, "enrolled-1");
        await agent.ShouldBeServedAsync();
        // A host that no stream can register without a credential any more: one an agent registered before enrollment
        // existed (a database carried over from then). It is written straight into the agents table.
        await using (var db = await d.Db().CreateDbContextAsync())
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            db.Agents.Add(new AgentRow
            {
                ProjectId = "default", ResourceId = "legacy-1", RegionId = "local", HostName = "legacy", IpsJson = "[]", Os = "linux",
                AgentVersion = "0.9", AgentUser = "root", Status = "OFFLINE", LastHeartbeat = now, GmtCreated = now,
            });
            await db.SaveChangesAsync();
        }

        var agents = await d.AgentsAsync();
        agents["legacy-1"]["credential"]!.GetValue<string>().ShouldBe("NONE");
        agents["enrolled-1"]["credential"]!.GetValue<string>().ShouldBe("ACTIVE");
        agents["enrolled-1"]["status"]!.GetValue<string>().ShouldBe("ONLINE");
    }

    private static async Task WaitForAsync(TestDrover d, string resource, string status, string credential)
    {
        string? last = null;
        await TestDrover.WaitUntilAsync(async () =>
        {
            var a = (await d.AgentsAsync()).GetValueOrDefault(resource);
            last = a?.ToJsonString();
            return a?["status"]?.GetValue<string>() == status && a["credential"]?.GetValue<string>() == credential;
        }, TimeSpan.FromSeconds(10), () => $"{resource} to be {status} with credential {credential} (last: {last})");
    }
}
