using Drover.Domain.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Server.Engine.Jobs.Api;
using Drover.Server.Engine.Serial;
using Drover.Server.Hosting;
using Drover.Server.Replicas;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Engine.Jobs;

/// <summary>
/// Advances executions, each by one <see cref="ExecutionRunner"/>, on top of the ticket engine: a scripts step is a
/// script ticket, and the ticket engine tells this one when such a ticket changes. Recovers open executions on start.
/// </summary>
public sealed class ExecutionEngine(
    ExecutionStore store,
    TicketEngine tickets,
    TicketCreation creation,
    SealedParameters sealedParams,
    ApiCaller api,
    IDbContextFactory<DroverDb> dbs,
    Leases leases,
    Forwarding forwarding,
    IOptions<LimitsOptions> limits,
    TimeProvider clock,
    ILogger<ExecutionEngine> log) : IHostedService
{
    private readonly RunnerRegistry<ExecutionWork> runners = new();
    private readonly CancellationTokenSource stopping = new();

    internal ExecutionStore Store => store;
    internal TicketEngine Tickets => tickets;
    internal TicketCreation Creation => creation;
    internal SealedParameters Parameters => sealedParams;
    internal ApiCaller Api => api;
    internal IDbContextFactory<DroverDb> Dbs => dbs;
    internal LimitsOptions Limits => limits.Value.Effective();
    internal TimeProvider Clock => clock;
    internal ILogger Log => log;
    internal CancellationToken Stopping => stopping.Token;
    internal RunnerRegistry<ExecutionWork> Runners => runners;
    internal Leases Leases => leases;

    public async Task StartAsync(CancellationToken ct)
    {
        runners.CreateWith(id => new ExecutionRunner(id, this));
        tickets.StepTicketChanged += OnStepTicketChanged;
        forwarding.Handle(Lease.Execution, (id, payload) =>
        {
            var (work, reply) = ExecutionWorkWire.Read(payload);
            runners.Enqueue(id, work);
            return reply;
        });
        var open = await store.OpenExecutionIdsAsync(ct);
        foreach (var id in open) runners.Enqueue(id, new ExecutionWork.Recover());
        if (open.Count > 0) log.LogInformation("Recovered {Count} open executions", open.Count);
    }

    public Task StopAsync(CancellationToken ct)
    {
        tickets.StepTicketChanged -= OnStepTicketChanged;
        stopping.Cancel();
        return Task.CompletedTask;
    }

    /// <summary>Applies an event and answers once its outcome is committed: null, or the refusal that changed nothing.</summary>
    public Task<Refusal?> SubmitAsync(long executionRowId, ExecutionEvent e, AuditRow? audit = null)
    {
        var work = new ExecutionWork.Apply(e, audit, new TaskCompletionSource<Refusal?>(TaskCreationOptions.RunContinuationsAsynchronously));
        runners.Enqueue(executionRowId, work);
        return work.Reply!.Task;
    }

    /// <summary>Picks up an execution as after a restart (its replica died, or this one restarted).</summary>
    public void Recover(long executionRowId) => runners.Enqueue(executionRowId, new ExecutionWork.Recover());

    public void Post(long executionRowId, ExecutionEvent e) => runners.Enqueue(executionRowId, new ExecutionWork.Apply(e, null, null));

    /// <summary>Another replica holds the execution's lease: operations and step news go to it through the database.</summary>
    internal void HandOff(long executionRowId, ExecutionWork work)
    {
        if (ExecutionWorkWire.Write(work) is not { } payload) return;
        _ = Task.Run(async () =>
        {
            try
            {
                var apply = work as ExecutionWork.Apply;
                var reply = await forwarding.SendAsync(Lease.Execution, executionRowId, payload, awaitReply: apply?.Reply is not null);
                apply?.Reply?.TrySetResult(RefusalReply.Read(reply));
            }
            catch (Exception e)
            {
                // Unanswered work stays queued (Forwarding has said so); anything else is a failure to hand it on.
                if (e is not ForwardedWorkUnanswered)
                    log.LogError(e, "Could not hand execution {Execution} work on to its replica", executionRowId);
                (work as ExecutionWork.Apply)?.Reply?.TrySetException(e);
            }
        });
    }

    private void OnStepTicketChanged(long stepRowId) => _ = Task.Run(async () =>
    {
        try
        {
            if (await store.ExecutionOfStepAsync(stepRowId, stopping.Token) is { } executionRowId)
                runners.Enqueue(executionRowId, new ExecutionWork.StepTicketChanged(stepRowId));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not route a ticket change to step run {StepRowId}", stepRowId);
        }
    });
}
