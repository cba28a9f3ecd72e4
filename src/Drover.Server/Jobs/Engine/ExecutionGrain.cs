using Drover.Domain.Common;
using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Documents;
using Drover.Domain.Jobs.Executions;
using Drover.Domain.Tickets;
using Drover.Server.Cluster.Writers;
using Drover.Server.Jobs.ApiStep;
using Drover.Server.Jobs.Commands;
using Drover.Server.Storage;
using Drover.Server.Tickets.Commands;
using Microsoft.EntityFrameworkCore;
using Orleans.Concurrency;
using Orleans.Placement;

namespace Drover.Server.Jobs.Engine;

/// <summary>An execution's single writer, wherever it is loaded in the cluster.</summary>
public interface IExecutionGrain : IGrainWithIntegerKey
{
    /// <summary>Applies a start or an operation; answers once committed: null, or the refusal that changed nothing.</summary>
    Task<Refusal?> Apply(ExecutionCall call);

    /// <summary>
    /// The script ticket of one of its step runs changed. One way: the ticket's writer raises it mid-commit, and the
    /// execution may be waiting on that same ticket.
    /// </summary>
    [OneWay]
    Task StepTicketChanged(long stepRowId);

    /// <summary>A step's own work (a request, a sleep) ended.</summary>
    Task StepResult(ExecutionWork.StepResult result);

    /// <summary>Loads the execution (after a restart or a server's death), which picks up the step in flight.</summary>
    Task Wake();
}

/// <summary>
/// The single writer of one execution: applies its events, commits, then carries out the effects. A scripts step runs
/// as a script ticket (the ticket engine runs the hosts; its changes come back as <see cref="ExecutionWork.StepTicketChanged"/>),
/// a sleep as a timer, an HTTP step as a request in the background.
/// </summary>
// Loaded where it is first called: on the server that created it, which answers its creator without a hop.
[PreferLocalPlacement]
public sealed class ExecutionGrain(ExecutionWriterServices engine, ILogger<ExecutionGrain> log)
    : WriterGrain<ExecutionWork>(log), IExecutionGrain
{
    private readonly Dictionary<(int Batch, int Step), CancellationTokenSource> calls = [];
    private readonly CancellationTokenSource deactivating = new();
    private ExecutionContext? ctx;
    private Execution? execution;
    private long version;

    public async Task<Refusal?> Apply(ExecutionCall call)
    {
        var work = new ExecutionWork.Apply(call.ToEvent(), call.Audit, new TaskCompletionSource<Refusal?>(TaskCreationOptions.RunContinuationsAsynchronously));
        await RunAsync(work);
        return await work.Reply!.Task;
    }

    public Task StepTicketChanged(long stepRowId) => RunAsync(new ExecutionWork.StepTicketChanged(stepRowId));

    public Task StepResult(ExecutionWork.StepResult result) => RunAsync(result);

    public Task Wake() => RunAsync(new ExecutionWork.Wake());

    /// <summary>Loads the execution; the work of the step in flight is picked up by <see cref="ExecutionWork.Recover"/>.</summary>
    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await engine.Store.LoadAsync(Id, ct);
        if (loaded is null) return false;
        (ctx, execution, version) = loaded.Value;
        Enqueue(new ExecutionWork.Recover());
        return true;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken ct)
    {
        // Requests in flight belong to this activation; the next one starts the step's request again (same attempt).
        deactivating.Cancel();
        return base.OnDeactivateAsync(reason, ct);
    }

    /// <summary>Nothing of its own in flight: a waiting scripts step is woken by its ticket, a Pending one by RESUME.</summary>
    protected override bool IsQuiet() => calls.Count == 0 && !HasTimers && execution?.Status != ExecutionStatus.Canceling;

    protected override async Task ProcessAsync(ExecutionWork work)
    {
        switch (work)
        {
            case ExecutionWork.Apply a:
                try
                {
                    await ApplyAsync(a.Event, a.Audit, a.Reply);
                }
                catch (Exception e) when (e is not StaleWriteException && a.Reply is { Task.IsCompleted: false })
                {
                    // Failed before anything was committed: the caller hears of it, and the writer goes on.
                    a.Reply.TrySetException(e);
                }
                break;
            case ExecutionWork.StepResult r:
                calls.Remove((r.BatchIndex, r.StepIndex), out var cts);
                cts?.Dispose();
                if (execution!.FindRun(r.BatchIndex, r.StepIndex) is { Status: StepStatus.Running } run && run.Attempt == r.Attempt
                    && await engine.Store.StepAsync(ctx!, r.BatchIndex, r.StepIndex, CancellationToken.None) is { } step)
                {
                    version = await engine.Store.UpdateStepAsync(Id, version, step.Id, null, r.Outputs, null, null, CancellationToken.None);
                }
                await ApplyAsync(new ExecutionEvent.StepEnded(r.BatchIndex, r.StepIndex, r.Attempt, r.Outcome, r.Message), null);
                break;
            case ExecutionWork.StepTicketChanged t:
                await TicketChangedAsync(t.StepRowId);
                break;
            case ExecutionWork.Recover:
                await RecoverAsync();
                break;
            case ExecutionWork.Wake:
                break;
        }
        if (execution!.Status == ExecutionStatus.Canceling) await CheckQuietAsync();
    }

    /// <summary>
    /// Decides, commits, carries out the effects, and answers the caller. The answer says whether the change is
    /// committed: an effect failing after the commit (the step's ticket, a lost lease) does not undo it, so the caller is
    /// told it was accepted, and the writer's reload (after its failure, or in another activation) takes the effects up from the commit.
    /// </summary>
    private async Task<ExecutionDecision> ApplyAsync(ExecutionEvent e, AuditRow? audit, TaskCompletionSource<Refusal?>? reply = null)
    {
        var before = execution!;
        var decision = ExecutionMachine.Apply(before, e, engine.Clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (decision is not ExecutionDecision.Accepted accepted)
        {
            reply?.TrySetResult(decision is ExecutionDecision.Refused refused ? refused.Refusal : null);
            return decision;
        }
        if (accepted.Changed || audit is not null)
        {
            version = await engine.Store.SaveAsync(version, ctx!, before, accepted.Execution, audit, CancellationToken.None);
            execution = accepted.Execution;
        }
        try
        {
            foreach (var effect in accepted.Effects) await CarryOutAsync(effect);
        }
        finally
        {
            reply?.TrySetResult(null);
        }
        return decision;
    }

    private async Task CarryOutAsync(ExecutionEffect effect)
    {
        switch (effect)
        {
            case ExecutionEffect.RunStep r:
                await RunStepAsync(r.BatchIndex, r.StepIndex, r.Attempt);
                break;
            case ExecutionEffect.StopStep s:
                await StopStepAsync(s.BatchIndex, s.StepIndex);
                break;
            case ExecutionEffect.AwaitQuiet:
                await CheckQuietAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(effect), effect, null);
        }
    }

    private async Task RunStepAsync(int batchIndex, int stepIndex, int attempt)
    {
        var step = ctx!.Document.Steps[stepIndex];
        var row = await engine.Store.StepAsync(ctx, batchIndex, stepIndex, CancellationToken.None)
            ?? throw new InvalidOperationException($"step run {batchIndex}/{stepIndex} was not saved");
        IReadOnlyDictionary<string, string> inputs;
        var globals = ctx.GlobalsFor(batchIndex);
        try
        {
            var outputs = await engine.Store.OutputsAsync(ctx, batchIndex, CancellationToken.None);
            // Defaults filled in, references resolved, and the resolved values checked against the task's rules.
            inputs = StepInputs.Resolve(step, globals, outputs);
        }
        catch (Exception e) when (e is InterpolationException or StepInputException)
        {
            // A rule's complaint may quote the resolved value: never a secret's.
            Ended(batchIndex, stepIndex, attempt, StepOutcome.Failed, $"inputs: {ExecutionSecrets.Mask(e.Message, ctx.SecretValues(batchIndex))}");
            return;
        }
        // Stored only to be shown: header values and sensitive script parameters are never written in clear.
        var shown = StepInputsShown.Mask(inputs, await SensitiveParamsAsync(step, inputs), ctx.SecretValues(batchIndex));
        version = await engine.Store.UpdateStepAsync(Id, version, row.Id, shown, null, null, null, CancellationToken.None);

        switch (StepTasks.KindOf(step.Task))
        {
            case StepKind.Scripts:
                await RunScriptsAsync(row, batchIndex, stepIndex, attempt, inputs);
                break;
            case StepKind.Sleep:
                var seconds = int.TryParse(inputs.GetValueOrDefault("seconds"), out var s) && s > 0 ? s : 0;
                if (seconds == 0) { Ended(batchIndex, stepIndex, attempt, StepOutcome.Failed, "seconds: must be a positive integer"); break; }
                After(TimeSpan.FromSeconds(seconds), new ExecutionWork.StepResult(batchIndex, stepIndex, attempt, StepOutcome.Succeeded, $"slept {seconds} s", null));
                break;
            case StepKind.ExecuteApi:
                CallApi(batchIndex, stepIndex, attempt, step, inputs, ctx.SecretValues(batchIndex));
                break;
            case StepKind.Suspend:
                break;
            case null:
                Ended(batchIndex, stepIndex, attempt, StepOutcome.Failed, $"unknown task {step.Task}");
                break;
        }
    }

    private async Task RunScriptsAsync(ExecutionStepRow row, int batchIndex, int stepIndex, int attempt, IReadOnlyDictionary<string, string> inputs)
    {
        if (row.TicketId is { } ticketId)
        {
            // A retry: the step's ticket runs its failed hosts again (only those), then the step ends with the ticket.
            var refusal = await engine.Tickets.SubmitAsync(ticketId, new TicketEvent.Operate(new TicketOperation.RetryFailed(null)));
            if (refusal is not null)
                Ended(batchIndex, stepIndex, attempt, StepOutcome.Failed, $"retry: {refusal.Message}");
            return;
        }
        if (await engine.Store.TicketOfStepAsync(row.Id, CancellationToken.None) is { } orphan)
        {
            // The server died after committing this step's ticket and before recording it on the step: take that ticket
            // up (it is recovered and running) rather than run the hosts again in a new one.
            var properties = new Dictionary<string, string> { ["execute_uuid"] = orphan.ExecuteUuid };
            version = await engine.Store.UpdateStepAsync(Id, version, row.Id, null, null, orphan.Id, properties, CancellationToken.None);
            Enqueue(new ExecutionWork.StepTicketChanged(row.Id)); // it may have ended while the server was down
            return;
        }
        try
        {
            var command = ScriptStepCommand.From(inputs, ctx!.Concurrency, ctx.ErrorThreshold);
            var (executeUuid, id) = await engine.ScriptTickets.CreateAsync(ctx.Owner, inputs.GetValueOrDefault(ExecutionSecrets.ScriptUuidInput), command, row.Id, CancellationToken.None);
            version = await engine.Store.UpdateStepAsync(Id, version, row.Id, null, null, id, new Dictionary<string, string> { ["execute_uuid"] = executeUuid }, CancellationToken.None);
        }
        catch (Exception e) when (e is FormatException or CommandRejected)
        {
            Ended(batchIndex, stepIndex, attempt, StepOutcome.Failed, e.Message);
        }
    }

    /// <summary>
    /// The parameters a scripts step's script declares sensitive, whose values its <c>script_params</c> must not show;
    /// every parameter it names when the script cannot be found (the step fails, but its inputs are still recorded).
    /// </summary>
    private async Task<IReadOnlySet<string>> SensitiveParamsAsync(DocumentStep step, IReadOnlyDictionary<string, string> inputs)
    {
        if (StepTasks.KindOf(step.Task) != StepKind.Scripts || !inputs.TryGetValue(ExecutionSecrets.ScriptParamsInput, out var given)) return new HashSet<string>();
        return await engine.ScriptTickets.SensitiveParamsAsync(ctx!.Owner, inputs.GetValueOrDefault(ExecutionSecrets.ScriptUuidInput), given, CancellationToken.None);
    }

    private void CallApi(int batchIndex, int stepIndex, int attempt, DocumentStep step, IReadOnlyDictionary<string, string> inputs, IReadOnlyList<string> secretGlobals)
    {
        // What the step shows (its message) never repeats a header value, even if the server it called echoes it.
        ApiHeaders.Parse(inputs.GetValueOrDefault(ExecutionSecrets.HeadersInput), out var headers);
        var secrets = headers.Select(h => h.Value).Concat(secretGlobals).ToList();
        var timeout = int.TryParse(inputs.GetValueOrDefault("timeout"), out var t) ? t : 30;
        var request = new ApiCallRequest(inputs.GetValueOrDefault("method") ?? "GET", inputs.GetValueOrDefault("url") ?? "",
            inputs.GetValueOrDefault("headers"), inputs.GetValueOrDefault("body"), timeout, step.Outputs);
        var cts = CancellationTokenSource.CreateLinkedTokenSource(deactivating.Token);
        // An idle grain is collected; this one is not idle while its request runs.
        DelayDeactivation(TimeSpan.FromSeconds(Math.Max(timeout, 1) + 60));
        var self = this.AsReference<IExecutionGrain>();
        calls[(batchIndex, stepIndex)] = cts;
        _ = Task.Run(async () =>
        {
            ExecutionWork.StepResult result;
            try
            {
                var r = await engine.Api.CallAsync(request, cts.Token);
                var outcome = r.Outcome switch
                {
                    ApiCallOutcome.Succeeded => StepOutcome.Succeeded,
                    ApiCallOutcome.TimedOut => StepOutcome.TimedOut,
                    _ => StepOutcome.Failed,
                };
                result = new(batchIndex, stepIndex, attempt, outcome, ExecutionSecrets.Mask(r.Message, secrets), r.Outputs);
            }
            catch (OperationCanceledException)
            {
                result = new(batchIndex, stepIndex, attempt, StepOutcome.Failed, "request canceled", null);
            }
            catch (Exception e)
            {
                result = new(batchIndex, stepIndex, attempt, StepOutcome.Failed, $"request failed: {e.Message}", null);
            }
            // Back through the grain's own mailbox: the writer processes it in turn, wherever it is loaded by then.
            try { await self.StepResult(result); }
            catch (Exception e) { Log.LogWarning("Execution {Id}: a step's result could not be delivered ({Error}); the step runs again when it is loaded", Id, e.Message); }
        });
    }

    private async Task StopStepAsync(int batchIndex, int stepIndex)
    {
        if (calls.TryGetValue((batchIndex, stepIndex), out var cts)) await cts.CancelAsync();
        if (await engine.Store.StepAsync(ctx!, batchIndex, stepIndex, CancellationToken.None) is { TicketId: { } ticketId })
        {
            // Canceling the step's ticket kills its running hosts; a ticket that has already ended refuses, which is fine.
            await engine.Tickets.SubmitAsync(ticketId, new TicketEvent.Operate(new TicketOperation.CancelOrder()));
        }
    }

    /// <summary>A step's script ticket moved: if it has ended, so has the step.</summary>
    private async Task TicketChangedAsync(long stepRowId)
    {
        await using var db = await engine.Dbs.CreateDbContextAsync();
        var step = await db.ExecutionSteps.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stepRowId);
        if (step?.TicketId is not { } ticketId) return;
        if (execution!.FindRun(step.BatchIndex, step.StepIndex) is not { Status: StepStatus.Running } run) return;
        var ticket = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == ticketId);
        var counts = await db.Instances.AsNoTracking().Where(i => i.TicketId == ticketId).GroupBy(i => i.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync();
        string Count(InstanceStatus s) => $"{counts.Where(c => c.Status == s).Sum(c => c.Count)} {s.ToWire()}";
        var summary = $"script ticket {ticket.ExecuteUuid}: {Count(InstanceStatus.Finished)}, {Count(InstanceStatus.Abnormal)}, {Count(InstanceStatus.Canceled)}";
        if (ticket.Status == TicketStatus.Finished)
            await ApplyAsync(new ExecutionEvent.StepEnded(step.BatchIndex, step.StepIndex, run.Attempt, StepOutcome.Succeeded, summary), null);
        else if (ticket.Status is TicketStatus.Abnormal or TicketStatus.Canceled)
            await ApplyAsync(new ExecutionEvent.StepEnded(step.BatchIndex, step.StepIndex, run.Attempt, StepOutcome.Failed, summary), null);
    }

    private async Task CheckQuietAsync()
    {
        if (calls.Count > 0 || await engine.Store.HasLiveProcessesAsync(Id, CancellationToken.None)) return;
        await ApplyAsync(new ExecutionEvent.Quiet(), null);
    }

    /// <summary>
    /// After a restart the step in flight lost its timer or request: run it again (same attempt). A scripts step goes
    /// on in its ticket (recovered by the ticket engine); if the ticket was never created, it is created now.
    /// </summary>
    private async Task RecoverAsync()
    {
        await StopTicketsOfStoppedStepsAsync();
        if (execution!.Status == ExecutionStatus.Running && execution.Runs.IsEmpty)
        {
            await ApplyAsync(new ExecutionEvent.Start(), null);
            return;
        }
        if (execution.Status != ExecutionStatus.Running || execution.CurrentRun is not { Status: StepStatus.Running } run) return;
        var row = await engine.Store.StepAsync(ctx!, run.BatchIndex, run.StepIndex, CancellationToken.None);
        if (row?.TicketId is { } ticketId && !(run.Attempt > 1 && await RetryMissedAsync(ticketId, run)))
        {
            await TicketChangedAsync(row.Id);
            return;
        }
        await RunStepAsync(run.BatchIndex, run.StepIndex, run.Attempt);
    }

    /// <summary>
    /// A step stopped by SKIP_BATCH or TERMINATE has its ticket canceled after the stop is committed; a server that died
    /// in between left that ticket running (its hosts went on with what the operator stopped, and a TERMINATE waited for
    /// them). Canceled now; a ticket that has ended refuses, which is fine.
    /// </summary>
    private async Task StopTicketsOfStoppedStepsAsync()
    {
        if (!execution!.Runs.Any(r => r.Status == StepStatus.Canceled)) return;
        var canceled = StepStatus.Canceled;
        TicketStatus[] ended = [TicketStatus.Finished, TicketStatus.Abnormal, TicketStatus.Canceled];
        await using var db = await engine.Dbs.CreateDbContextAsync();
        var running = await db.ExecutionSteps.AsNoTracking().Where(s => s.ExecutionRowId == Id && s.Status == canceled && s.TicketId != null)
            .Join(db.Tickets.AsNoTracking().Where(t => !ended.Contains(t.Status)), s => s.TicketId, t => t.Id, (s, t) => t.Id)
            .ToListAsync();
        foreach (var ticketId in running)
            await engine.Tickets.SubmitAsync(ticketId, new TicketEvent.Operate(new TicketOperation.CancelOrder()));
    }

    /// <summary>
    /// A retried scripts step whose ticket ended before the retry started it again: the server died between committing
    /// the RETRY and the retry reaching the ticket. The ticket is retried now, rather than read as the failure it already
    /// reported. A ticket the retry reached is running, or ended after it.
    /// </summary>
    private async Task<bool> RetryMissedAsync(long ticketId, StepRun run)
    {
        await using var db = await engine.Dbs.CreateDbContextAsync();
        var finished = await db.Tickets.AsNoTracking().Where(t => t.Id == ticketId).Select(t => t.GmtFinished).FirstAsync();
        return finished is { } at && run.StartedAtMs is { } retried && at <= retried;
    }

    private void Ended(int batchIndex, int stepIndex, int attempt, StepOutcome outcome, string message) =>
        Enqueue(new ExecutionWork.StepResult(batchIndex, stepIndex, attempt, outcome, message, null));
}
