using Drover.Protocol;
using Drover.Server.Agents;
using ScriptKind = Drover.Domain.Scripts.ScriptKind;
using ScriptParameter = Drover.Domain.Scripts.ScriptParameter;
using WireKind = Drover.Protocol.ScriptKind;

namespace Drover.Server.Tickets.Engine;

/// <summary>What a ticket runs, fixed at creation: the script snapshot, the run-as user, and where each host is.</summary>
public sealed record TicketContext(
    long TicketId,
    string ExecuteUuid,
    string ProjectId,
    ScriptKind Kind,
    string Content,
    IReadOnlyList<ScriptParameter> Parameters,
    string ExecuteUser,
    int TimeoutSeconds,
    int WaitAgentSeconds,
    IReadOnlyDictionary<long, HostKey> Hosts,
    long? ExecutionStepRowId)
{
    public RunTask RunTaskFor(string dispatchId, long maxOutputBytes)
    {
        var task = new RunTask
        {
            DispatchId = dispatchId,
            Kind = Kind switch
            {
                ScriptKind.Shell => WireKind.Shell,
                ScriptKind.Python => WireKind.Python,
                ScriptKind.Bat => WireKind.Bat,
                _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
            },
            Content = Content,
            ExecuteUser = ExecuteUser,
            TimeoutSeconds = TimeoutSeconds,
            MaxOutputBytes = maxOutputBytes,
        };
        foreach (var p in Parameters)
            task.Params.Add(new Protocol.ScriptParameter { Name = p.Name, Value = p.Value, Sensitive = p.Sensitive });
        return task;
    }

    public IReadOnlyList<string> SensitiveValues => Parameters.Where(p => p.Sensitive && p.Value.Length > 0).Select(p => p.Value).ToList();
}
