using Drover.Domain.Jobs.Executions;
using Drover.Server.Storage;

namespace Drover.Server.Jobs.Engine;

/// <summary>
/// An event for an execution as it travels to the execution's grain, wherever that is loaded: a start or an operator's
/// operation. Plain fields, so it crosses servers as JSON.
/// </summary>
public sealed record ExecutionCall(string Type, ExecutionOperation? Operation = null, AuditRow? Audit = null)
{
    private const string Start = "start", Operate = "operate";

    public static ExecutionCall Of(ExecutionEvent e, AuditRow? audit = null) => e switch
    {
        ExecutionEvent.Start => new(Start, Audit: audit),
        ExecutionEvent.Operate o => new(Operate, o.Operation, audit),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, "not an event an execution is sent"),
    };

    public ExecutionEvent ToEvent() => Type switch
    {
        Start => new ExecutionEvent.Start(),
        Operate => new ExecutionEvent.Operate(Operation ?? throw new InvalidDataException("an operation call names its operation")),
        _ => throw new InvalidDataException($"unknown execution call '{Type}'"),
    };
}
