using Drover.Domain.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Server.Storage;

namespace Drover.Server.Jobs.Engine;

/// <summary>What an execution's writer processes, in order.</summary>
public abstract record ExecutionWork
{
    private ExecutionWork() { }

    /// <summary>A domain event; the reply is the refusal, or null once committed.</summary>
    public sealed record Apply(ExecutionEvent Event, AuditRow? Audit, TaskCompletionSource<Refusal?>? Reply) : ExecutionWork;

    /// <summary>A step's own work ended (a request answered, a sleep passed, a step could not start), with its outputs.</summary>
    public sealed record StepResult(int BatchIndex, int StepIndex, int Attempt, StepOutcome Outcome, string Message,
        IReadOnlyDictionary<string, string>? Outputs) : ExecutionWork;

    /// <summary>The script ticket of a step run changed.</summary>
    public sealed record StepTicketChanged(long StepRowId) : ExecutionWork;

    /// <summary>After a restart: pick up the work the step in flight was doing.</summary>
    public sealed record Recover : ExecutionWork;

    /// <summary>Nothing but to be loaded (loading queues a <see cref="Recover"/>).</summary>
    public sealed record Wake : ExecutionWork;
}
