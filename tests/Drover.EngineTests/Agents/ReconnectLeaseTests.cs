using Drover.Server.Agents;
using Drover.Server.Cluster;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Drover.EngineTests.Agents;

/// <summary>
/// After a restart an agent that was ONLINE is reconnecting, not offline, for a lease counted from its last heartbeat or
/// from the server's start, whichever is later. The start is when the server has started (its ports open), not when
/// its agents' registry was built: a slow start (migrations, the silo) must not use up the lease before any agent
/// could dial.
/// </summary>
public sealed class ReconnectLeaseTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_slow_start_does_not_use_up_the_lease_of_agents_coming_back()
    {
        await using var d = await EngineDrover.StartAsync();
        var agent = await HostAgent.ConnectAsync(d, "back-1"); // ONLINE, last heard now

        // The server restarts: its registry is built now, and its start takes longer than the lease.
        var lifetime = new StartingLifetime();
        var registry = new AgentRegistry(d.Service<IDbContextFactory<DroverDb>>(), d.Service<ClusterName>(), d.Clock, lifetime);
        d.Clock.Advance(Lease + TimeSpan.FromSeconds(5));

        // Not started yet: no agent could have dialled, so the whole lease is still ahead.
        (await registry.ReconnectGraceAsync(agent.Host, Lease, CancellationToken.None)).ShouldBe(Lease);

        lifetime.Start();
        d.Clock.Advance(TimeSpan.FromSeconds(10));
        (await registry.ReconnectGraceAsync(agent.Host, Lease, CancellationToken.None)).ShouldBe(Lease - TimeSpan.FromSeconds(10));
        d.Clock.Advance(Lease);
        (await registry.ReconnectGraceAsync(agent.Host, Lease, CancellationToken.None)).ShouldBe(TimeSpan.Zero);
    }

    /// <summary>The host's lifetime as a restarted server goes through it: started when told.</summary>
    private sealed class StartingLifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource started = new();
        public CancellationToken ApplicationStarted => started.Token;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void Start() => started.Cancel();
        public void StopApplication() { }
    }
}
