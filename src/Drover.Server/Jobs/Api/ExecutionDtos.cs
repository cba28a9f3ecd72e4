using System.Text.Json;

namespace Drover.Server.Jobs.Api;

// COC's job-ticket models (reference §5.7, §6), snake_case on the wire. Drover's extensions are marked.

/// <summary>ExecuteDocumentRequestBody; <c>type</c> is an extension (COC infers it from the targets).</summary>
public sealed class ExecuteDocumentRequest
{
    public string? Version { get; set; }
    public List<KeyValueDto?>? Parameters { get; set; }
    public List<KeyValueDto?>? SysTags { get; set; }
    public string? TargetParameterName { get; set; }
    public List<TargetDto?>? Targets { get; set; }
    public string? DocumentType { get; set; }
    public string? Description { get; set; }
    public string? Type { get; set; }
}

public sealed class KeyValueDto
{
    public string? Key { get; set; }
    public string? Value { get; set; }
}

/// <summary>
/// Target: <c>BatchValues</c> (values are batches: <c>{batch_index, strategy, instances}</c>) or <c>InstanceValues</c>
/// (values are hosts). <c>concurrency</c> and <c>error_threshold</c> (percent) are Drover's rate-control settings.
/// </summary>
public sealed class TargetDto
{
    public string? Key { get; set; }
    public List<JsonElement>? Values { get; set; }
    public int? Concurrency { get; set; }
    public double? ErrorThreshold { get; set; }
}

/// <summary>OperateExecutionRequestBody.</summary>
public sealed class OperateExecutionRequest
{
    public string? ExecutionId { get; set; }
    public string? OperateType { get; set; }
}

public sealed record KeyValue(string Key, string Value);

/// <summary>Execution (list row and detail); <c>current_batch_index</c>, <c>total_batches</c> and <c>current_step</c> are extensions.</summary>
public sealed record ExecutionOut(
    string Id, string ExecutionId, string DocumentId, string DocumentName, string DocumentVersionId, string DocumentVersion,
    long StartTime, long? EndTime, long UpdateTime, string Creator, string Status, string? Description,
    IReadOnlyList<KeyValue> Parameters, IReadOnlyList<KeyValue> SysTags, IReadOnlyList<KeyValue> Tags, string Type,
    string? TargetParameterName, JsonElement Targets, int CurrentBatchIndex, int TotalBatches, string? CurrentStep);

/// <summary>ExecutionStep.</summary>
public sealed record ExecutionStepOut(
    string ExecutionStepId, string Action, string Name, string Status, string? Message, long? StartTime, long? EndTime,
    IReadOnlyList<KeyValue> Inputs, IReadOnlyList<KeyValue> Outputs, IReadOnlyDictionary<string, string> Properties);

/// <summary>A step instance (one host of a scripts step; the step itself for the other tasks).</summary>
public sealed record StepInstanceOut(
    long Id, string ExecutionInstanceId, string ExecutionStepId, long? StartTime, long? EndTime, string Status, string Message,
    IReadOnlyDictionary<string, string> Properties);

// Extension: the execution event stream (GET /v1/executions/{execution_id}/events).

/// <summary>The first event of a stream opened without <c>Last-Event-ID</c>: the execution and its step runs as they stand.</summary>
public sealed record ExecutionSnapshotOut(long Version, ExecutionOut Execution, IReadOnlyList<ExecutionStepOut> Steps);

/// <summary>One committed change: the execution's state if it changed, batches skipped, the step runs it changed.</summary>
public sealed record ExecutionChangeOut(long Version, long At, ExecutionStateOut? Execution, IReadOnlyList<ExecutionBatchOut> Batches,
    IReadOnlyList<StepChangeOut> Steps);

public sealed record ExecutionStateOut(string Status, int CurrentBatchIndex, int CurrentStepIndex, long? EndTime);

public sealed record ExecutionBatchOut(int BatchIndex, bool Skipped);

/// <param name="ExecuteUuid">The script ticket the step runs its hosts in, once it has one.</param>
public sealed record StepChangeOut(string ExecutionStepId, int BatchIndex, int StepIndex, string Name, string Action, string Status, int Attempt,
    string? Message, long? StartTime, long? EndTime, string? ExecuteUuid);

/// <summary>The last event: the execution ended (Succeed or Canceled); the server closes the stream after it.</summary>
public sealed record ExecutionEndOut(long Version, string Status);
