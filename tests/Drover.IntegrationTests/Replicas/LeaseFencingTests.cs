using Drover.Server.Hosting;
using Drover.Server.Replicas;
using Drover.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drover.IntegrationTests.Replicas;

/// <summary>
/// The lease rules between two replicas on one PostgreSQL, with the real lease code: one holder at a time, takeover
/// only after expiry, and a writer whose lease was taken over cannot commit (its fence is stale).
/// </summary>
public sealed class LeaseFencingTests
{
    [Fact]
    public async Task Only_one_replica_holds_a_lease_and_a_stale_holder_cannot_commit_after_a_takeover()
    {
        var database = await Postgres.CreateDatabaseAsync();
        await using var a = Build("a", database);
        await using var b = Build("b", database);
        var leasesA = a.Services.GetRequiredService<Leases>();
        var leasesB = b.Services.GetRequiredService<Leases>();

        var held = (await leasesA.TryAcquireAsync(Lease.Ticket, 42, CancellationToken.None)).ShouldNotBeNull();
        (await leasesB.TryAcquireAsync(Lease.Ticket, 42, CancellationToken.None)).ShouldBeNull("a holds it");
        (await leasesB.TryAcquireAsync(Lease.Execution, 42, CancellationToken.None)).ShouldNotBeNull("another kind is another lease");

        // a restarting its runner here takes its own lease again, with a new fence that retires the old one.
        var again = (await leasesA.TryAcquireAsync(Lease.Ticket, 42, CancellationToken.None)).ShouldNotBeNull();
        again.Fence.ShouldBe(held.Fence + 1);
        await Should.ThrowAsync<LeaseLostException>(() => CommitAsync(a, leasesA, held));
        await CommitAsync(a, leasesA, again);

        // a stops renewing (it died, or hangs): once the lease runs out, b takes over, and a's writes are refused.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var taken = (await leasesB.TryAcquireAsync(Lease.Ticket, 42, CancellationToken.None)).ShouldNotBeNull();
        taken.Fence.ShouldBe(again.Fence + 1);
        await Should.ThrowAsync<LeaseLostException>(() => CommitAsync(a, leasesA, again));
        await CommitAsync(b, leasesB, taken);
        (await leasesA.TryAcquireAsync(Lease.Ticket, 42, CancellationToken.None)).ShouldBeNull("b holds it now");

        // Releasing with a stale fence does nothing; the holder's release frees it for anyone.
        await leasesA.ReleaseAsync(again);
        (await leasesA.TryAcquireAsync(Lease.Ticket, 42, CancellationToken.None)).ShouldBeNull();
        await leasesB.ReleaseAsync(taken);
        (await leasesA.TryAcquireAsync(Lease.Ticket, 42, CancellationToken.None)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_release_that_arrives_late_does_not_free_the_lease_from_a_later_holder()
    {
        // One replica, on the suite's database: runners of one ticket come and go, and a retiring runner's release may
        // reach the database only after the lease was taken again, released, and taken again (found on a loaded machine).
        await using var d = await TestDrover.StartAsync();
        var leases = d.Services.GetRequiredService<Leases>();
        var dbs = d.Services.GetRequiredService<IDbContextFactory<DroverDb>>();

        var first = (await leases.TryAcquireAsync(Lease.Ticket, 7, CancellationToken.None)).ShouldNotBeNull();
        await leases.ReleaseAsync(first);
        var second = (await leases.TryAcquireAsync(Lease.Ticket, 7, CancellationToken.None)).ShouldNotBeNull();
        await leases.ReleaseAsync(second);
        var third = (await leases.TryAcquireAsync(Lease.Ticket, 7, CancellationToken.None)).ShouldNotBeNull();
        second.Fence.ShouldBeGreaterThan(first.Fence, "fences only grow, across releases");
        third.Fence.ShouldBeGreaterThan(second.Fence);

        await leases.ReleaseAsync(first); // the late one
        await CommitAsync(dbs, leases, third);
        (await leases.HolderAsync(Lease.Ticket, 7, CancellationToken.None)).ShouldBe(d.Services.GetRequiredService<Replica>().Name);
    }

    /// <summary>A runner's commit: the fence check and a write in one transaction; nothing is written if the check fails.</summary>
    private static Task CommitAsync(WebApplication app, Leases leases, Lease lease) =>
        CommitAsync(app.Services.GetRequiredService<IDbContextFactory<DroverDb>>(), leases, lease);

    private static async Task CommitAsync(IDbContextFactory<DroverDb> dbs, Leases leases, Lease lease)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        await leases.ConfirmAsync(db, lease, CancellationToken.None);
        await tx.CommitAsync();
    }

    private static WebApplication Build(string name, string database) => DroverServer.Build(
    [
        "--listen", $"http://127.0.0.1:{FreePort.Next()}", "--agent-listen", $"http://127.0.0.1:{FreePort.Next()}",
        "--data-dir", Directory.CreateTempSubdirectory("drover-lease-").FullName, "--admin-token", TestDrover.Token,
        "--database", database, "--replica-name", name, "--Drover:LeaseSeconds=3", "--Logging:LogLevel:Default=Warning",
    ]);
}
