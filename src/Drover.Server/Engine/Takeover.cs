using Drover.Domain.Jobs.Executions;
using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Engine.Jobs;
using Drover.Server.Replicas;

namespace Drover.Server.Engine;

/// <summary>
/// Keeps this replica's leases alive, and takes over open tickets and executions whose lease no live replica holds
/// (their replica died): each is started here as after a restart, and goes on from its last commit. On SQLite there
/// is one server, so at start every lease an earlier process held is simply this one's.
/// </summary>
public sealed class Takeover(
    Leases leases,
    Replica me,
    TicketStore tickets,
    ExecutionStore executions,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<Takeover> log) : BackgroundService
{
    public override async Task StartAsync(CancellationToken ct)
    {
        if (!me.IsShared) await leases.ForgetAllAsync(ct);
        log.LogInformation("Replica {Replica}: leases last {Lease}", me.Name, me.LeaseTime);
        await base.StartAsync(ct);
    }

    /// <summary>Stopping after the engines (hosted services stop in reverse order): hands every lease back at once.</summary>
    public override async Task StopAsync(CancellationToken ct)
    {
        await base.StopAsync(ct);
        if (!me.IsShared) return;
        try
        {
            await leases.ReleaseAllAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning("Could not hand the leases back at stop ({Error}); they expire in {Lease}", e.Message, me.LeaseTime);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(me.LeaseTime / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await leases.RenewAsync(stoppingToken);
                    await AdoptOrphansAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning("Lease renewal or takeover failed: {Error}", e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task AdoptOrphansAsync(CancellationToken ct)
    {
        var ticketEngine = services.GetRequiredService<TicketEngine>();
        var orphanTickets = await leases.UnheldAsync(Lease.Ticket, await tickets.OpenTicketIdsAsync(ct), ct);
        foreach (var id in orphanTickets) ticketEngine.Post(id, new TicketEvent.Start());
        await services.GetRequiredService<LostAgents>().WatchAsync(orphanTickets, ct);
        var executionEngine = services.GetRequiredService<ExecutionEngine>();
        var orphanExecutions = await leases.UnheldAsync(Lease.Execution, await executions.OpenExecutionIdsAsync(ct), ct);
        foreach (var id in orphanExecutions) executionEngine.Recover(id);
        if (orphanTickets.Count + orphanExecutions.Count > 0)
            log.LogInformation("Taking over {Tickets} tickets and {Executions} executions no live replica holds", orphanTickets.Count, orphanExecutions.Count);
    }
}
