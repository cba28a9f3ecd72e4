using Drover.Domain.Jobs.Executions;
using Drover.Server.Engine.Jobs.Api;
using Drover.Server.Engine.Serial;
using Drover.Server.Hosting;
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
    ApiCaller api,
    IDbContextFactory<DroverDb> dbs,
    IOptions<LimitsOptions> limits,
    TimeProvider clock,
    ILogger<ExecutionEngine> log) : IHostedService
{
    private readonly RunnerRegistry<ExecutionWork> runners = new();
    private readonly CancellationTokenSource stopping = new();

    internal ExecutionStore Store => store;
    internal TicketEngine Tickets => tickets;
    internal TicketCreation Creation => creation;
    internal ApiCaller Api => api;
    internal IDbContextFactory<DroverDb> Dbs => dbs;
    internal LimitsOptions Limits => limits.Value.Effective();
    internal TimeProvider Clock => clock;
    internal ILogger Log => log;
    internal CancellationToken Stopping => stopping.Token;
    internal RunnerRegistry<ExecutionWork> Runners => runners;

    public async Task StartAsync(CancellationToken ct)
    {
        runners.CreateWith(id => new ExecutionRunner(id, this));
        tickets.StepTicketChanged += OnStepTicketChanged;
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

    public Task<ExecutionDecision> SubmitAsync(long executionRowId, ExecutionEvent e, AuditRow? audit = null)
    {
        var work = new ExecutionWork.Apply(e, audit, new TaskCompletionSource<ExecutionDecision>(TaskCreationOptions.RunContinuationsAsynchronously));
        runners.Enqueue(executionRowId, work);
        return work.Reply!.Task;
    }

    public void Post(long executionRowId, ExecutionEvent e) => runners.Enqueue(executionRowId, new ExecutionWork.Apply(e, null, null));

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
