using Drover.Protocol;

namespace Drover.Agent.Journal;

/// <summary>What the journal knows about one dispatch.</summary>
internal sealed class DispatchRecord(string dispatchId, long acceptedAtMs)
{
    public string DispatchId { get; } = dispatchId;
    public long AcceptedAtMs { get; } = acceptedAtMs;

    /// <summary>Null while the task runs (or if the agent died while it ran).</summary>
    public TaskResult? Result { get; set; }

    /// <summary>The server has committed the result: no need to send it again.</summary>
    public bool Acked { get; set; }
}
