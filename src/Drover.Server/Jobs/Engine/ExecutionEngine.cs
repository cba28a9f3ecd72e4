using Drover.Domain.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Server.Storage;
using Drover.Server.Tickets.Engine;

namespace Drover.Server.Jobs.Engine;

/// <summary>
/// The way into executions: each is advanced by its grain (<see cref="ExecutionGrain"/>), its single writer wherever in
/// the cluster it is loaded. A scripts step is a script ticket; the ticket engine says when such a ticket changes.
/// </summary>
public sealed class ExecutionEngine : IDisposable
{
    private readonly IGrainFactory grains;
    private readonly TicketEngine tickets;
    private readonly ExecutionStore store;
    private readonly ILogger<ExecutionEngine> log;

    public ExecutionEngine(IGrainFactory grains, TicketEngine tickets, ExecutionStore store, ILogger<ExecutionEngine> log)
    {
        (this.grains, this.tickets, this.store, this.log) = (grains, tickets, store, log);
        tickets.StepTicketChanged += OnStepTicketChanged;
    }

    private IExecutionGrain Execution(long rowId) => grains.GetGrain<IExecutionGrain>(rowId);

    /// <summary>Applies an event and answers once its outcome is committed: null, or the refusal that changed nothing.</summary>
    public Task<Refusal?> SubmitAsync(long executionRowId, ExecutionEvent e, AuditRow? audit = null) =>
        Execution(executionRowId).Apply(ExecutionCall.Of(e, audit));

    /// <summary>Loads the execution if it is not loaded; a failure is logged (the next sweep tries again).</summary>
    public async Task WakeAsync(long executionRowId)
    {
        try
        {
            await Execution(executionRowId).Wake();
        }
        catch (Exception e)
        {
            log.LogWarning("Execution {Execution} could not be woken: {Error}", executionRowId, e.Message);
        }
    }

    public void Dispose() => tickets.StepTicketChanged -= OnStepTicketChanged;

    private void OnStepTicketChanged(long stepRowId) => _ = Task.Run(async () =>
    {
        try
        {
            if (await store.ExecutionOfStepAsync(stepRowId, CancellationToken.None) is { } executionRowId)
                await Execution(executionRowId).StepTicketChanged(stepRowId);
        }
        catch (Exception e)
        {
            log.LogError(e, "Could not route a ticket change to step run {StepRowId}", stepRowId);
        }
    });
}
