using Drover.Domain.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Server.Replicas;
using Drover.Server.Storage;

namespace Drover.Server.Engine.Jobs;

/// <summary>
/// The execution work that travels to the replica holding an execution's lease: operators' operations and the news
/// that a step's ticket changed. Starts, recoveries and step results are the lease holder's own business.
/// </summary>
internal sealed record ExecutionWorkWire(string Type, ExecutionOperation? Operation = null, AuditRow? Audit = null, long? StepRowId = null)
{
    private const string Operate = "operate", StepTicket = "step_ticket_changed";

    public static string? Write(ExecutionWork work) => work switch
    {
        ExecutionWork.Apply { Event: ExecutionEvent.Operate o } a => StorageJson.Write(new ExecutionWorkWire(Operate, o.Operation, a.Audit)),
        ExecutionWork.StepTicketChanged t => StorageJson.Write(new ExecutionWorkWire(StepTicket, StepRowId: t.StepRowId)),
        _ => null,
    };

    public static (ExecutionWork Work, Task<string?> Reply) Read(string payload)
    {
        var w = StorageJson.Read<ExecutionWorkWire>(payload);
        switch (w.Type)
        {
            case Operate:
            {
                var reply = new TaskCompletionSource<Refusal?>(TaskCreationOptions.RunContinuationsAsynchronously);
                return (new ExecutionWork.Apply(new ExecutionEvent.Operate(w.Operation!.Value), w.Audit, reply), RefusalReply.WriteAsync(reply.Task));
            }
            case StepTicket:
                return (new ExecutionWork.StepTicketChanged(w.StepRowId!.Value), Task.FromResult<string?>(null));
            default:
                throw new InvalidDataException($"unknown forwarded execution work '{w.Type}'");
        }
    }
}
