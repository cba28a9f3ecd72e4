using Drover.Domain.Jobs.Executions;
using Drover.Domain.Scripts;

namespace Drover.Server.Storage;

// Jobs ("documents"), their versions, executions and the runs of their steps.

public sealed class DocumentRow
{
    public long Id { get; set; }
    public required string DocumentId { get; set; }
    public required string ProjectId { get; set; }
    public required string Name { get; set; }
    public required string EnterpriseProjectId { get; set; }
    public required RiskLevel RiskLevel { get; set; }
    public string? Description { get; set; }
    public required string TagsJson { get; set; }
    public required string Creator { get; set; }
    public required string Modifier { get; set; }
    public long CreateTime { get; set; }
    public long UpdateTime { get; set; }
    /// <summary>The newest version number (v1 = 1).</summary>
    public int LatestVersion { get; set; }
}

/// <summary>Every version is kept: an execution pins the version it started with.</summary>
public sealed class DocumentVersionRow
{
    public long Id { get; set; }
    public long DocumentRowId { get; set; }
    public int Number { get; set; }
    public required string VersionUuid { get; set; }
    public required string Content { get; set; }
    public long CreateTime { get; set; }
}

public sealed class ExecutionRow
{
    public long Id { get; set; }

    /// <summary>
    /// Grows with every commit of its single writer (the grain), which writes only over the version it loaded: a second
    /// activation during a membership change can never commit over the first.
    /// </summary>
    public long WriteVersion { get; set; }
    public required string ExecutionId { get; set; }
    public required string ProjectId { get; set; }
    public required string DocumentId { get; set; }
    public required string DocumentName { get; set; }
    public required string DocumentVersion { get; set; }
    public required string DocumentVersionId { get; set; }
    /// <summary>The content of the pinned version, so a deleted or updated job changes no execution.</summary>
    public required string Content { get; set; }
    public required ExecutionType Type { get; set; }
    public required ExecutionStatus Status { get; set; }
    public string? Description { get; set; }
    /// <summary>Global parameters as given ({key, value} list); <see cref="GlobalsJson"/> holds the values in force.</summary>
    public required string ParametersJson { get; set; }
    public required string GlobalsJson { get; set; }
    public required string SysTagsJson { get; set; }
    public string? TargetParameterName { get; set; }
    public required string TargetsJson { get; set; }
    /// <summary>The execution's batches and its position: the domain's state beyond its step runs.</summary>
    public required string StateJson { get; set; }
    public required string Creator { get; set; }
    public long StartTime { get; set; }
    public long? EndTime { get; set; }
    public long UpdateTime { get; set; }
}

/// <summary>One run of one step (in BATCH executions, once per batch).</summary>
public sealed class ExecutionStepRow
{
    public long Id { get; set; }
    public required string ExecutionStepId { get; set; }
    public long ExecutionRowId { get; set; }
    public int BatchIndex { get; set; }
    public int StepIndex { get; set; }
    public required string Name { get; set; }
    public required string Action { get; set; }
    public required StepStatus Status { get; set; }
    public string? Message { get; set; }
    public long? StartTime { get; set; }
    public long? EndTime { get; set; }
    public int Attempt { get; set; }
    public required string InputsJson { get; set; }
    public required string OutputsJson { get; set; }
    public required string PropertiesJson { get; set; }
    /// <summary>For a scripts step: the script ticket that runs it.</summary>
    public long? TicketId { get; set; }
}
