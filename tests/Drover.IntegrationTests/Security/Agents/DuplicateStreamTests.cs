using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Drover.IntegrationTests.Security.Agents;

/// <summary>
/// A host has one stream. The same credential reconnecting replaces its own stale stream (the agent came back before
/// the server saw the old one end); a stream opened with another credential of the host cannot push the live one off.
/// </summary>
public sealed class DuplicateStreamTests
{
    [Fact]
    public async Task The_same_credential_reconnecting_replaces_its_own_stale_stream()
    {
        await using var d = await TestDrover.StartAsync();
        var credential = await d.EnrolledCredentialAsync("web-1");
        await using var stale = await FakeAgent.WelcomedAsync(d, credential, "web-1");
        await stale.ShouldBeServedAsync();

        await using var fresh = await FakeAgent.WelcomedAsync(d, credential, "web-1");

        await stale.Ended.WaitAsync(TimeSpan.FromSeconds(5));
        await fresh.ShouldBeServedAsync();
        await Task.Delay(500); // the old stream's end must not mark the host offline
        (await d.AgentsAsync())["web-1"]["status"]!.GetValue<string>().ShouldBe("ONLINE");
        await fresh.ShouldBeServedAsync();
    }

    [Fact]
    public async Task A_stream_with_another_credential_of_the_host_is_refused_while_the_live_one_is_served()
    {
        await using var d = await TestDrover.StartAsync();
        var first = await d.EnrolledCredentialAsync("web-1");
        await using var live = await FakeAgent.WelcomedAsync(d, first, "web-1");
        await live.ShouldBeServedAsync();

        // A host holds one active credential at a time, so a second credential for it exists only around a
        // re-enrollment: revoked on another replica and enrolled again before this replica's revocation watch (every
        // 2 s) has closed the stream it holds. The other replica's revocation is staged as that replica writes it:
        // revoked_at on the credential row, straight into the shared database, which this replica's sessions do not hear
        // of directly; the re-enrollment goes through Enroll like any agent's.
        await using (var db = await d.Db().CreateDbContextAsync())
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            (await db.AgentCredentials.Where(c => c.ResourceId == "web-1")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedAt, now))).ShouldBe(1);
        }
        var second = await d.EnrolledCredentialAsync("web-1");

        await using (var intruder = await FakeAgent.ConnectAsync(d, second, "web-1"))
        {
            var e = await intruder.ShouldBeClosedWithErrorAsync();
            e.StatusCode.ShouldBe(StatusCode.AlreadyExists, e.Status.ToString());
            intruder.Received.ShouldBeEmpty();
        }
        await live.ShouldBeServedAsync();

        // And the live stream's credential was revoked after all: within seconds this replica closes it (its sweep runs
        // every 2 s; on a loaded machine 8 s was once not enough), and the new credential connects.
        var closed = await live.ShouldBeClosedWithErrorAsync(AgentKit.Patience);
        closed.StatusCode.ShouldBe(StatusCode.Unauthenticated, closed.Status.ToString());
        await using var next = await FakeAgent.WelcomedAsync(d, second, "web-1");
        await next.ShouldBeServedAsync();
    }
}
