using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Hosting;
using Drover.Server.Storage;
using Microsoft.Extensions.Options;

namespace Drover.Server.Engine;

/// <summary>
/// Advances tickets. Each ticket is owned by one <see cref="TicketRunner"/> that applies its events one at a time
/// (the single writer of that ticket); runners are loaded on demand and let go when their ticket has nothing running.
/// On start it recovers every ticket that may still have work.
/// </summary>
public sealed class TicketEngine(
    TicketStore store,
    AgentSessions agents,
    TimeProvider clock,
    IOptions<LimitsOptions> limits,
    ILogger<TicketEngine> log) : IHostedService
{
    private readonly Dictionary<long, TicketRunner> runners = [];
    private readonly CancellationTokenSource stopping = new();

    internal TicketStore Store => store;
    internal AgentSessions Agents => agents;
    internal TimeProvider Clock => clock;
    internal ILogger Log => log;
    internal long MaxOutputBytes => limits.Value.Effective().MaxOutputBytes;
    internal CancellationToken Stopping => stopping.Token;

    public async Task StartAsync(CancellationToken ct)
    {
        var open = await store.OpenTicketIdsAsync(ct);
        foreach (var id in open) Post(id, new TicketEvent.Start());
        if (open.Count > 0) log.LogInformation("Recovered {Count} open tickets", open.Count);
    }

    public Task StopAsync(CancellationToken ct)
    {
        stopping.Cancel();
        return Task.CompletedTask;
    }

    /// <summary>Applies an event and answers once its outcome is committed (or refused).</summary>
    public Task<TicketDecision> SubmitAsync(long ticketId, TicketEvent e, AuditRow? audit = null)
    {
        var work = new TicketWork.Apply(e, audit, new TaskCompletionSource<TicketDecision>(TaskCreationOptions.RunContinuationsAsynchronously));
        Enqueue(ticketId, work);
        return work.Reply!.Task;
    }

    /// <summary>Applies an event without waiting for it.</summary>
    public void Post(long ticketId, TicketEvent e) => Enqueue(ticketId, new TicketWork.Apply(e, null, null));

    internal void Enqueue(long ticketId, TicketWork work)
    {
        lock (runners)
        {
            if (!runners.TryGetValue(ticketId, out var runner))
            {
                runner = new TicketRunner(ticketId, this);
                runners.Add(ticketId, runner);
                runner.Start();
            }
            runner.Enqueue(work);
        }
    }

    /// <summary>Lets a failed runner go now, queued work or not: later work for its ticket starts a new runner.</summary>
    internal void Retire(TicketRunner runner)
    {
        lock (runners)
        {
            if (runners.TryGetValue(runner.TicketId, out var current) && ReferenceEquals(current, runner))
                runners.Remove(runner.TicketId);
            runner.Complete();
        }
    }

    /// <summary>Lets a runner go if nothing new arrived for it (checked under the same lock new work takes).</summary>
    internal bool TryRetire(TicketRunner runner)
    {
        lock (runners)
        {
            if (runner.HasQueuedWork) return false;
            runners.Remove(runner.TicketId);
            runner.Complete();
            return true;
        }
    }
}
