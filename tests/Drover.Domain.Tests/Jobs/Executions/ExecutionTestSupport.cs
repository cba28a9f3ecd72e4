using System.Collections.Immutable;
using System.Text;
using Drover.Domain.Common;
using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Executions;
using Drover.Domain.Tickets;

namespace Drover.Domain.Tests.Jobs.Executions;

/// <summary>
/// Builds a new execution (Running, no runs, current = first batch, step 0). Batches get indexes 1, 2, 3, ... (or from
/// <see cref="FirstBatchIndex"/>); a NORMAL or RATE_CONTROL execution has one CONTINUE batch.
/// </summary>
public sealed class ExecutionBuilder
{
    public const string DefaultId = "EX20250102030405abcdef12";

    private ExecutionType type;
    private readonly StepKind[] steps;
    private RotationStrategy[] strategies = [RotationStrategy.Continue];
    private int firstBatchIndex = 1;
    private string id = DefaultId;

    private ExecutionBuilder(ExecutionType type, StepKind[] steps)
    {
        this.type = type;
        this.steps = steps;
    }

    /// <summary>A NORMAL execution of these steps (default: one scripts step).</summary>
    public static ExecutionBuilder Normal(params StepKind[] steps) => new(ExecutionType.Normal, steps.Length == 0 ? [StepKind.Scripts] : steps);

    /// <summary>A BATCH execution: these steps run once per batch, one batch per strategy.</summary>
    public static ExecutionBuilder Batch(StepKind[] steps, params RotationStrategy[] strategies) =>
        new ExecutionBuilder(ExecutionType.Batch, steps).Strategies(strategies);

    public ExecutionBuilder Type(ExecutionType value) { type = value; return this; }
    public ExecutionBuilder Strategies(params RotationStrategy[] value) { strategies = value; return this; }
    public ExecutionBuilder FirstBatchIndex(int value) { firstBatchIndex = value; return this; }
    public ExecutionBuilder Id(string value) { id = value; return this; }

    public Execution Build() => new(
        id, type, ExecutionStatus.Running,
        [.. steps],
        [.. strategies.Select((s, i) => new ExecutionBatch(firstBatchIndex + i, s, Skipped: false))],
        firstBatchIndex, 0, ImmutableArray<StepRun>.Empty, null);
}

/// <summary>Short names for events, operations and effects, and assertions over decisions.</summary>
public static class X
{
    public const RotationStrategy C = RotationStrategy.Continue;
    public const RotationStrategy P = RotationStrategy.Pause;
    public const StepKind Script = StepKind.Scripts;
    public const StepKind Suspend = StepKind.Suspend;
    public const StepKind Sleep = StepKind.Sleep;
    public const StepKind Api = StepKind.ExecuteApi;

    public const string StateRefuses = ErrorCodes.ExecutionStateRefuses;
    public const string TypeRefuses = ErrorCodes.ExecutionTypeRefuses;

    public const string ByTerminate = "terminated by operator";
    public const string SkippedByOperatorNote = "batch skipped by operator";

    /// <summary>The default "now" of every helper.</summary>
    public const long Now = 5_000;

    public static readonly ExecutionEvent Start = new ExecutionEvent.Start();
    public static readonly ExecutionEvent Quiet = new ExecutionEvent.Quiet();
    public static ExecutionEvent Op(ExecutionOperation op) => new ExecutionEvent.Operate(op);
    public static readonly ExecutionEvent Resume = Op(ExecutionOperation.Resume);
    public static readonly ExecutionEvent Terminate = Op(ExecutionOperation.Terminate);
    public static readonly ExecutionEvent Retry = Op(ExecutionOperation.Retry);
    public static readonly ExecutionEvent SkipBatch = Op(ExecutionOperation.SkipBatch);

    public static ExecutionEvent Ended(int batch, int step, int attempt, StepOutcome outcome, string? message = null) =>
        new ExecutionEvent.StepEnded(batch, step, attempt, outcome, message);

    public static ExecutionEffect RunStep(int batch, int step, int attempt = 1) => new ExecutionEffect.RunStep(batch, step, attempt);
    public static ExecutionEffect StopStep(int batch, int step) => new ExecutionEffect.StopStep(batch, step);
    public static readonly ExecutionEffect AwaitQuiet = new ExecutionEffect.AwaitQuiet();

    /// <summary>Applies an event that must be accepted.</summary>
    public static ExecutionDecision.Accepted Accept(this Execution x, ExecutionEvent e, long now = Now)
    {
        var d = ExecutionMachine.Apply(x, e, now);
        return d.ShouldBeOfType<ExecutionDecision.Accepted>($"{e} on {x.Status} execution should be accepted, got {d}");
    }

    /// <summary>Applies an event that must change the execution, and returns the new execution.</summary>
    public static Execution Then(this Execution x, ExecutionEvent e, long now = Now)
    {
        var a = x.Accept(e, now);
        a.Changed.ShouldBeTrue($"{e} on {x.Status} execution should change it");
        a.Execution.ShouldNotBeSameAs(x);
        return a.Execution;
    }

    /// <summary>
    /// Applies an event that must be refused, checks the code, that the message names the rule, and that the
    /// execution is untouched; returns the refusal.
    /// </summary>
    public static Refusal Refuse(this Execution x, ExecutionEvent e, string expectedCode, long now = Now)
    {
        var before = Describe(x);
        var d = ExecutionMachine.Apply(x, e, now);
        var refused = d.ShouldBeOfType<ExecutionDecision.Refused>($"{e} on {x.Status} execution should be refused");
        refused.Refusal.Code.ShouldBe(expectedCode);
        refused.Refusal.Message.ShouldNotBeNullOrWhiteSpace();
        Describe(x).ShouldBe(before, "a refused event must not modify the execution");
        return refused.Refusal;
    }

    /// <summary>Applies an event that must be an idempotent no-op: accepted, unchanged, the very same execution, no effects.</summary>
    public static void NoOp(this Execution x, ExecutionEvent e, long now = Now)
    {
        var before = Describe(x);
        var a = x.Accept(e, now);
        a.Changed.ShouldBeFalse($"{e} on {x.Status} execution should be a no-op");
        a.Effects.ShouldBeEmpty();
        a.Execution.ShouldBeSameAs(x);
        Describe(x).ShouldBe(before);
    }

    /// <summary>The run of (batch, step), which must exist.</summary>
    public static StepRun Run(this Execution x, int batch, int step) => x.FindRun(batch, step).ShouldNotBeNull($"run b{batch} s{step}");

    /// <summary>The current run, which must exist.</summary>
    public static StepRun Current(this Execution x) => x.CurrentRun.ShouldNotBeNull($"no run at b{x.CurrentBatchIndex} s{x.CurrentStepIndex}");

    /// <summary>The live attempt of the current step ended with this outcome.</summary>
    public static ExecutionEvent EndedNow(this Execution x, StepOutcome outcome, string? message = null)
    {
        var r = x.Current();
        return Ended(r.BatchIndex, r.StepIndex, r.Attempt, outcome, message);
    }

    public static ExecutionDecision.Accepted Succeed(this Execution x, long now = Now) => x.Accept(x.EndedNow(StepOutcome.Succeeded), now);
    public static ExecutionDecision.Accepted Fail(this Execution x, string? message = "exit 1", long now = Now) => x.Accept(x.EndedNow(StepOutcome.Failed, message), now);
    public static ExecutionDecision.Accepted TimeOut(this Execution x, long now = Now) => x.Accept(x.EndedNow(StepOutcome.TimedOut, "timed out"), now);

    /// <summary>Ends the current step with success, <paramref name="times"/> times in a row.</summary>
    public static Execution Ok(this Execution x, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            var a = x.Succeed();
            a.Changed.ShouldBeTrue();
            x = a.Execution;
        }
        return x;
    }

    public static Execution Ko(this Execution x) => x.Fail().Execution;

    public static ExecutionEffect[] Fx(this ExecutionDecision.Accepted a) => [.. a.Effects];

    public static (int Batch, int Step) At(this Execution x) => (x.CurrentBatchIndex, x.CurrentStepIndex);

    public static (int Batch, int Step, StepStatus Status, int Attempt)[] RunTable(this Execution x) =>
        [.. x.Runs.Select(r => (r.BatchIndex, r.StepIndex, r.Status, r.Attempt))];

    /// <summary>Everything about an execution, as text, to prove a refused event changed nothing.</summary>
    public static string Describe(Execution x)
    {
        var sb = new StringBuilder();
        sb.Append($"{x.ExecutionId} {x.Type} {x.Status} cur=b{x.CurrentBatchIndex}s{x.CurrentStepIndex} ended={x.EndedAtMs}\n");
        sb.Append("steps=").Append(string.Join(",", x.Steps)).Append('\n');
        foreach (var b in x.Batches) sb.Append(b).Append('\n');
        foreach (var r in x.Runs) sb.Append(r).Append('\n');
        return sb.ToString();
    }
}

/// <summary>Executions in each reachable state, reached through the machine itself (never by hand).</summary>
public static class ExecutionScenarios
{
    /// <summary>BATCH, steps [scripts, scripts], batches 1 (PAUSE), 2 (CONTINUE), 3 (CONTINUE).</summary>
    public static ExecutionBuilder Batches() => ExecutionBuilder.Batch([X.Script, X.Script], X.P, X.C, X.C);

    /// <summary>Not started: Running, no runs.</summary>
    public static Execution New() => Batches().Build();

    /// <summary>Running: batch 1 step 0 attempt 1 running.</summary>
    public static Execution Running() => New().Then(X.Start);

    /// <summary>Running in batch 1 step 1 (step 0 succeeded).</summary>
    public static Execution RunningSecondStep() => Running().Ok();

    /// <summary>Pending between batches: batch 1 (PAUSE) ended; current = batch 2 step 0, no run yet.</summary>
    public static Execution PendingBetweenBatches() => Running().Ok(2);

    /// <summary>BATCH, steps [scripts, suspend, scripts], batches 1, 2 (CONTINUE): Pending at batch 1's suspend step.</summary>
    public static Execution PendingAtSuspend() =>
        ExecutionBuilder.Batch([X.Script, X.Suspend, X.Script], X.C, X.C).Build().Then(X.Start).Ok();

    /// <summary>Failed: batch 1 step 1 failed (step 0 succeeded).</summary>
    public static Execution Failed() => RunningSecondStep().Ko();

    /// <summary>Timeout: batch 1 step 0 timed out.</summary>
    public static Execution Timeout() => Running().TimeOut().Execution;

    /// <summary>Succeed: every step of every batch succeeded (RESUME after batch 1).</summary>
    public static Execution Succeed() => PendingBetweenBatches().Then(X.Resume).Ok(4);

    /// <summary>Canceling: TERMINATE while batch 1 step 0 ran.</summary>
    public static Execution Canceling() => Running().Then(X.Terminate);

    /// <summary>Canceled: Canceling, then Quiet.</summary>
    public static Execution Canceled() => Canceling().Then(X.Quiet);

    public static IEnumerable<(string Name, Func<Execution> Make)> All() =>
    [
        ("New", New),
        ("Running", Running),
        ("Pending at suspend", PendingAtSuspend),
        ("Pending between batches", PendingBetweenBatches),
        ("Failed", Failed),
        ("Timeout", Timeout),
        ("Succeed", Succeed),
        ("Canceling", Canceling),
        ("Canceled", Canceled),
    ];

    public static Execution ByName(string name) => All().Single(s => s.Name == name).Make();
}
