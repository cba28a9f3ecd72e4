using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Executions;

namespace Drover.Domain.Tests.Jobs.Executions;

/// <summary>
/// Every operation (and Start/Quiet) in every execution status, BATCH and NORMAL: the status it leads to, a no-op, or
/// the refusal code (semantics §4: "Invalid operation for the state: 400, nothing changes").
/// Expected: "-> Status" (accepted, changed), "no-op", "refused STATE" / "refused TYPE".
/// </summary>
public class ExecutionOperationMatrixTests
{
    private const string State = "refused STATE";
    private const string Type = "refused TYPE";
    private const string NoOp = "no-op";

    public static readonly string[] Events = ["RESUME", "TERMINATE", "RETRY", "SKIP_BATCH", "Start", "Quiet"];

    /// <summary>BATCH scenarios (see <see cref="ExecutionScenarios"/>).</summary>
    public static readonly TheoryData<string, string, string> BatchMatrix = new()
    {
        { "New", "RESUME", State },
        { "New", "TERMINATE", "-> Canceling" },
        { "New", "RETRY", State },
        { "New", "SKIP_BATCH", "-> Running" },
        { "New", "Start", "-> Running" },
        { "New", "Quiet", NoOp },

        { "Running", "RESUME", State },
        { "Running", "TERMINATE", "-> Canceling" },
        { "Running", "RETRY", State },
        { "Running", "SKIP_BATCH", "-> Running" },
        { "Running", "Start", NoOp },
        { "Running", "Quiet", NoOp },

        { "Pending at suspend", "RESUME", "-> Running" },
        { "Pending at suspend", "TERMINATE", "-> Canceling" },
        { "Pending at suspend", "RETRY", State },
        { "Pending at suspend", "SKIP_BATCH", "-> Running" },
        { "Pending at suspend", "Start", NoOp },
        { "Pending at suspend", "Quiet", NoOp },

        { "Pending between batches", "RESUME", "-> Running" },
        { "Pending between batches", "TERMINATE", "-> Canceling" },
        { "Pending between batches", "RETRY", State },
        { "Pending between batches", "SKIP_BATCH", "-> Running" },
        { "Pending between batches", "Start", NoOp },
        { "Pending between batches", "Quiet", NoOp },

        { "Failed", "RESUME", State },
        { "Failed", "TERMINATE", "-> Canceling" },
        { "Failed", "RETRY", "-> Running" },
        { "Failed", "SKIP_BATCH", "-> Running" },
        { "Failed", "Start", NoOp },
        { "Failed", "Quiet", NoOp },

        { "Timeout", "RESUME", State },
        { "Timeout", "TERMINATE", "-> Canceling" },
        { "Timeout", "RETRY", "-> Running" },
        { "Timeout", "SKIP_BATCH", "-> Running" },
        { "Timeout", "Start", NoOp },
        { "Timeout", "Quiet", NoOp },

        { "Succeed", "RESUME", State },
        { "Succeed", "TERMINATE", State },
        { "Succeed", "RETRY", State },
        { "Succeed", "SKIP_BATCH", State },
        { "Succeed", "Start", NoOp },
        { "Succeed", "Quiet", NoOp },

        { "Canceling", "RESUME", State },
        { "Canceling", "TERMINATE", NoOp },
        { "Canceling", "RETRY", State },
        { "Canceling", "SKIP_BATCH", State },
        { "Canceling", "Start", NoOp },
        { "Canceling", "Quiet", "-> Canceled" },

        { "Canceled", "RESUME", State },
        { "Canceled", "TERMINATE", State },
        { "Canceled", "RETRY", State },
        { "Canceled", "SKIP_BATCH", State },
        { "Canceled", "Start", NoOp },
        { "Canceled", "Quiet", NoOp },
    };

    /// <summary>NORMAL scenarios: steps [scripts, suspend, scripts]; SKIP_BATCH is refused for the type in every status.</summary>
    public static readonly TheoryData<string, string, string> NormalMatrix = new()
    {
        { "New", "RESUME", State },
        { "New", "TERMINATE", "-> Canceling" },
        { "New", "RETRY", State },
        { "New", "SKIP_BATCH", Type },
        { "New", "Start", "-> Running" },
        { "New", "Quiet", NoOp },

        { "Running", "RESUME", State },
        { "Running", "TERMINATE", "-> Canceling" },
        { "Running", "RETRY", State },
        { "Running", "SKIP_BATCH", Type },
        { "Running", "Start", NoOp },
        { "Running", "Quiet", NoOp },

        { "Pending", "RESUME", "-> Running" },
        { "Pending", "TERMINATE", "-> Canceling" },
        { "Pending", "RETRY", State },
        { "Pending", "SKIP_BATCH", Type },
        { "Pending", "Start", NoOp },
        { "Pending", "Quiet", NoOp },

        { "Failed", "RESUME", State },
        { "Failed", "TERMINATE", "-> Canceling" },
        { "Failed", "RETRY", "-> Running" },
        { "Failed", "SKIP_BATCH", Type },
        { "Failed", "Start", NoOp },
        { "Failed", "Quiet", NoOp },

        { "Timeout", "RESUME", State },
        { "Timeout", "TERMINATE", "-> Canceling" },
        { "Timeout", "RETRY", "-> Running" },
        { "Timeout", "SKIP_BATCH", Type },
        { "Timeout", "Start", NoOp },
        { "Timeout", "Quiet", NoOp },

        { "Succeed", "RESUME", State },
        { "Succeed", "TERMINATE", State },
        { "Succeed", "RETRY", State },
        { "Succeed", "SKIP_BATCH", Type },
        { "Succeed", "Start", NoOp },
        { "Succeed", "Quiet", NoOp },

        { "Canceling", "RESUME", State },
        { "Canceling", "TERMINATE", NoOp },
        { "Canceling", "RETRY", State },
        { "Canceling", "SKIP_BATCH", Type },
        { "Canceling", "Start", NoOp },
        { "Canceling", "Quiet", "-> Canceled" },

        { "Canceled", "RESUME", State },
        { "Canceled", "TERMINATE", State },
        { "Canceled", "RETRY", State },
        { "Canceled", "SKIP_BATCH", Type },
        { "Canceled", "Start", NoOp },
        { "Canceled", "Quiet", NoOp },
    };

    private static Execution NormalScenario(string name)
    {
        var fresh = ExecutionBuilder.Normal(X.Script, X.Suspend, X.Script).Build();
        var running = fresh.Then(X.Start);
        return name switch
        {
            "New" => fresh,
            "Running" => running,
            "Pending" => running.Ok(),
            "Failed" => running.Ko(),
            "Timeout" => running.TimeOut().Execution,
            "Succeed" => running.Ok().Then(X.Resume).Ok(),
            "Canceling" => running.Then(X.Terminate),
            "Canceled" => running.Then(X.Terminate).Then(X.Quiet),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    private static ExecutionEvent EventNamed(string name) => name switch
    {
        "RESUME" => X.Resume,
        "TERMINATE" => X.Terminate,
        "RETRY" => X.Retry,
        "SKIP_BATCH" => X.SkipBatch,
        "Start" => X.Start,
        "Quiet" => X.Quiet,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(BatchMatrix))]
    public void Batch_execution(string scenario, string e, string expected) =>
        Check(ExecutionScenarios.ByName(scenario), EventNamed(e), expected);

    [Theory]
    [MemberData(nameof(NormalMatrix))]
    public void Normal_execution(string scenario, string e, string expected) =>
        Check(NormalScenario(scenario), EventNamed(e), expected);

    private static void Check(Execution x, ExecutionEvent e, string expected)
    {
        switch (expected)
        {
            case State:
                x.Refuse(e, X.StateRefuses);
                break;
            case Type:
                x.Refuse(e, X.TypeRefuses);
                break;
            case NoOp:
                x.NoOp(e);
                break;
            default:
                expected.ShouldStartWith("-> ");
                var status = Enum.Parse<ExecutionStatus>(expected[3..]);
                var before = X.Describe(x);
                var a = x.Accept(e);
                a.Changed.ShouldBeTrue();
                a.Execution.ShouldNotBeSameAs(x);
                a.Execution.Status.ShouldBe(status);
                X.Describe(x).ShouldBe(before, "an accepted event must not modify its input either");
                break;
        }
    }

    [Fact]
    public void The_scenarios_cover_every_execution_status()
    {
        ExecutionScenarios.All().Select(s => s.Make().Status).Distinct().Order()
            .ShouldBe(Enum.GetValues<ExecutionStatus>().Order());
        string[] normal = ["New", "Running", "Pending", "Failed", "Timeout", "Succeed", "Canceling", "Canceled"];
        normal.Select(n => NormalScenario(n).Status).Distinct().Order()
            .ShouldBe(Enum.GetValues<ExecutionStatus>().Order());
    }

    [Fact]
    public void The_scenarios_are_what_their_names_say()
    {
        ExecutionScenarios.New().Runs.ShouldBeEmpty();
        ExecutionScenarios.Running().Status.ShouldBe(ExecutionStatus.Running);
        ExecutionScenarios.PendingAtSuspend().Current().Status.ShouldBe(StepStatus.Pending);
        ExecutionScenarios.PendingAtSuspend().Steps[ExecutionScenarios.PendingAtSuspend().CurrentStepIndex].ShouldBe(StepKind.Suspend);
        ExecutionScenarios.PendingBetweenBatches().Status.ShouldBe(ExecutionStatus.Pending);
        ExecutionScenarios.PendingBetweenBatches().CurrentRun.ShouldBeNull();
        ExecutionScenarios.Failed().Status.ShouldBe(ExecutionStatus.Failed);
        ExecutionScenarios.Timeout().Status.ShouldBe(ExecutionStatus.Timeout);
        ExecutionScenarios.Succeed().Status.ShouldBe(ExecutionStatus.Succeed);
        ExecutionScenarios.Canceling().Status.ShouldBe(ExecutionStatus.Canceling);
        ExecutionScenarios.Canceled().Status.ShouldBe(ExecutionStatus.Canceled);
        NormalScenario("Pending").Status.ShouldBe(ExecutionStatus.Pending);
    }

    [Fact]
    public void The_matrices_cover_every_event_in_every_scenario()
    {
        var batch = BatchMatrix.Select(r => ((string)r[0], (string)r[1])).ToHashSet();
        foreach (var (name, _) in ExecutionScenarios.All())
            foreach (var e in Events)
                batch.ShouldContain((name, e));
        batch.Count.ShouldBe(ExecutionScenarios.All().Count() * Events.Length);

        var normal = NormalMatrix.Select(r => ((string)r[0], (string)r[1])).ToHashSet();
        normal.Count.ShouldBe(8 * Events.Length);
    }

    [Fact]
    public void Refusal_messages_name_the_operation_and_the_status()
    {
        var r = ExecutionScenarios.Running().Refuse(X.Resume, X.StateRefuses);
        r.Message.ShouldContain("RESUME");
        r.Message.ShouldContain("Running");

        r = ExecutionScenarios.Succeed().Refuse(X.Retry, X.StateRefuses);
        r.Message.ShouldContain("RETRY");
        r.Message.ShouldContain("Succeed");

        r = ExecutionScenarios.Canceled().Refuse(X.Terminate, X.StateRefuses);
        r.Message.ShouldContain("TERMINATE");
        r.Message.ShouldContain("Canceled");

        r = ExecutionScenarios.Canceling().Refuse(X.SkipBatch, X.StateRefuses);
        r.Message.ShouldContain("SKIP_BATCH");
        r.Message.ShouldContain("Canceling");
    }
}
