using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Engine.Serial;
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
    AgentRegistry registry,
    IOptions<ServerOptions> server,
    TimeProvider clock,
    IOptions<LimitsOptions> limits,
    ILogger<TicketEngine> log) : IHostedService
{
    private readonly RunnerRegistry<TicketWork> runners = new();
    private readonly CancellationTokenSource stopping = new();

    internal TicketStore Store => store;
    internal RunnerRegistry<TicketWork> Runners => runners;
    internal AgentSessions Agents => agents;
    internal AgentRegistry Registry => registry;
    internal TimeSpan AgentLease => TimeSpan.FromSeconds(server.Value.AgentOfflineAfterSeconds);
    internal TimeProvider Clock => clock;
    internal ILogger Log => log;
    internal long MaxOutputBytes => limits.Value.Effective().MaxOutputBytes;
    internal CancellationToken Stopping => stopping.Token;

    public async Task StartAsync(CancellationToken ct)
    {
        runners.CreateWith(id => new TicketRunner(id, this));
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

    internal void Enqueue(long ticketId, TicketWork work) => runners.Enqueue(ticketId, work);

    /// <summary>
    /// A ticket that runs a job's step committed a change (the job engine listens: the step may have ended, or a kill it
    /// waits for may be confirmed). The argument is the step run's row id.
    /// </summary>
    public event Action<long>? StepTicketChanged;

    internal void RaiseStepTicketChanged(long stepRowId) => StepTicketChanged?.Invoke(stepRowId);
}
