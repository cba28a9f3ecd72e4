using Drover.Domain.Scripts;
using Drover.Domain.Tickets;

namespace Drover.Server.Storage;

// The tables. Rows are storage shapes only: the API maps them to COC's DTOs, the engine to the domain's Ticket.
// Every row that belongs to a tenant carries ProjectId so multi-project security needs no data migration.

public sealed class ScriptRow
{
    public long Id { get; set; }
    public required string ScriptUuid { get; set; }
    public required string ProjectId { get; set; }
    public required string Name { get; set; }
    public required ScriptKind Kind { get; set; }
    public required string Content { get; set; }
    public required string Description { get; set; }
    public required RiskLevel RiskLevel { get; set; }
    public required string Version { get; set; }
    public required ScriptStatus Status { get; set; }
    public string? Protocol { get; set; }
    public required string ReviewersJson { get; set; }
    public required string ParamsJson { get; set; }
    public required string EnterpriseProjectId { get; set; }
    public required string Creator { get; set; }
    public required string CreatorId { get; set; }
    public string? Operator { get; set; }
    /// <summary>The last editor's user id: like the creator, never the one to approve what it wrote.</summary>
    public string? OperatorId { get; set; }
    /// <summary>Whether the script ever had reviewers: an edit of such a script always goes back to review.</summary>
    public bool Reviewed { get; set; }
    /// <summary>Who approved or rejected the script last, and their comment.</summary>
    public string? Approver { get; set; }
    public string? ApproverId { get; set; }
    public string? ReviewComments { get; set; }
    public long GmtCreated { get; set; }
    public long? GmtModified { get; set; }
    public int UsageCount { get; set; }
}

public sealed class TicketRow
{
    public long Id { get; set; }

    /// <summary>
    /// Grows with every commit of its single writer (the grain), which writes only over the version it loaded: a second
    /// activation during a membership change can never commit over the first.
    /// </summary>
    public long WriteVersion { get; set; }
    public required string ExecuteUuid { get; set; }
    public required string ProjectId { get; set; }
    public required string ScriptUuid { get; set; }
    public required string ScriptName { get; set; }
    public required string ScriptVersion { get; set; }
    public required ScriptKind ScriptKind { get; set; }
    /// <summary>The content as it was when the ticket was created: editing the script later does not change a run.</summary>
    public required string Content { get; set; }
    /// <summary>Every parameter with the value this ticket uses (execution value, else the script's default).</summary>
    public required string ParamsJson { get; set; }
    public required string ExecuteUser { get; set; }
    public int TimeoutSeconds { get; set; }
    public int SuccessRateTenths { get; set; }
    public int? MaxConcurrency { get; set; }
    public int WaitAgentSeconds { get; set; }
    public required TicketStatus Status { get; set; }
    public int CurrentBatchIndex { get; set; }
    public required string RegionIds { get; set; }
    public required string Creator { get; set; }
    public long GmtCreated { get; set; }
    public long? GmtFinished { get; set; }
    /// <summary>Set when the ticket runs a job's scripts step: the step run that owns it (the execution steers it).</summary>
    public long? ExecutionStepRowId { get; set; }
}

/// <summary>
/// How many tickets a project has, kept in the transaction that creates each (tickets are never deleted): the ticket
/// list's unfiltered <c>total</c> without counting 100,000 rows per page (docs/benchmarks.md).
/// </summary>
public sealed class TicketCountRow
{
    public required string ProjectId { get; set; }
    public long Count { get; set; }
}

public sealed class BatchRow
{
    public long TicketId { get; set; }
    public int BatchIndex { get; set; }
    public required RotationStrategy Rotation { get; set; }
    public bool Skipped { get; set; }
    public int TotalInstances { get; set; }
}

public sealed class InstanceRow
{
    public long Id { get; set; }
    public long TicketId { get; set; }
    public int BatchIndex { get; set; }
    public required string ResourceId { get; set; }
    public required string RegionId { get; set; }
    public required string Provider { get; set; }
    public required string Type { get; set; }
    public required string CustomAttributesJson { get; set; }
    public required InstanceStatus Status { get; set; }
    public int Attempt { get; set; }
    public string? DispatchId { get; set; }
    public int? ExitCode { get; set; }
    public string? Note { get; set; }
    public long GmtCreated { get; set; }
    public long? StartedAt { get; set; }
    public long? FinishedAt { get; set; }
    public bool AwaitingKill { get; set; }
    /// <summary>When the live attempt was dispatched: a host waiting for its agent waits from here, across restarts.</summary>
    public long? DispatchedAt { get; set; }
}

/// <summary>Output is appended in chunks, never rewritten: a host's log grows by inserts only.</summary>
public sealed class OutputChunkRow
{
    public long Id { get; set; }
    public long InstanceId { get; set; }
    public int Attempt { get; set; }
    public long Seq { get; set; }
    public required byte[] Data { get; set; }
}

public sealed class AgentRow
{
    public long Id { get; set; }
    public required string ProjectId { get; set; }
    public required string ResourceId { get; set; }
    public required string RegionId { get; set; }
    public required string HostName { get; set; }
    public required string IpsJson { get; set; }
    public required string Os { get; set; }
    public required string AgentVersion { get; set; }
    public required string AgentUser { get; set; }
    public required string Status { get; set; }
    public long LastHeartbeat { get; set; }
    public long GmtCreated { get; set; }
    /// <summary>The replica holding the agent's stream: dispatches for this host from other replicas go there.</summary>
    public string? Replica { get; set; }
}

public sealed class AuditRow
{
    public long Id { get; set; }
    public required string ProjectId { get; set; }
    public long At { get; set; }
    /// <summary>The user's name (or <c>bootstrap</c>, <c>anonymous</c>, an agent's <c>resource_id</c>).</summary>
    public required string Actor { get; set; }
    /// <summary>How the actor proved who it is: <c>bootstrap</c>, <c>token</c>, <c>access_key</c>, <c>agent</c>, <c>enrollment</c>, <c>anonymous</c>.</summary>
    public string? ActorKind { get; set; }
    /// <summary>The user id, access key, or enrollment id behind <see cref="Actor"/>.</summary>
    public string? ActorId { get; set; }
    /// <summary>The client's address as the server saw it.</summary>
    public string? Source { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public string? RequestId { get; set; }
    public string? Detail { get; set; }
    /// <summary><c>ok</c>, or the error code (and HTTP status) a refused request got.</summary>
    public string? Outcome { get; set; }
}

/// <summary>What a change event is about.</summary>
public enum ChangeSubject
{
    Ticket = 1,
    Execution = 2,
}

/// <summary>
/// One committed change of a ticket or an execution, written in the same transaction as the change itself and numbered
/// by the writer's version (the write fence's), so a subject's events are gap-free and in commit order: the event
/// streams read them after a version, from any replica (Events/).
/// </summary>
public sealed class ChangeEventRow
{
    public ChangeSubject Subject { get; set; }
    public long SubjectId { get; set; }
    public long Version { get; set; }
    public long At { get; set; }
    /// <summary>The change, as StorageJson of the subject's own change record.</summary>
    public required string Payload { get; set; }
}
