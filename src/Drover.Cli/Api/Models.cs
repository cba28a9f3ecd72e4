using System.Text.Json;

namespace Drover.Cli.Api;

// Wire records in COC's shape. Property names map to snake_case through DroverClient's serializer options.
// Almost every response field is nullable: the CLI must still show a row when a server omits an optional field.

/// <summary>A list answer: <c>{"total": N, "data": [...]}</c> inside the <c>data</c> envelope.</summary>
internal sealed record Page<T>(long Total, IReadOnlyList<T>? Data)
{
    public IReadOnlyList<T> Rows => Data ?? [];
}

/// <summary>A decoded payload together with the raw <c>data</c> element, so <c>--output json</c> can print what the server said.</summary>
internal sealed record Reply<T>(T Value, JsonElement Data);

// ---- scripts ----

internal sealed record ScriptProperties(string? RiskLevel, string? Version, IReadOnlyList<Reviewer>? Reviewers = null);

internal sealed record ScriptParam(string ParamName, string? ParamValue, string? ParamDescription, int? ParamOrder, bool Sensitive);

internal sealed record NewScript(
    string Name,
    string Type,
    string Content,
    string Description,
    ScriptProperties Properties,
    IReadOnlyList<ScriptParam> ScriptParams);

internal sealed record ScriptSummary(
    long Id,
    string? ScriptUuid,
    string? Name,
    string? Type,
    string? Status,
    long? GmtCreated,
    long? GmtModified,
    string? Creator,
    ScriptProperties? Properties);

internal sealed record ScriptDetail(
    string? ScriptUuid,
    string? Name,
    string? Description,
    string? Type,
    string? Content,
    IReadOnlyList<ScriptParam>? ScriptParams,
    string? Status,
    long? GmtCreated,
    long? GmtModified,
    string? Creator,
    string? Operator,
    ScriptProperties? Properties);

internal sealed record ScriptFilter(string? NameLike, string? Type);

// ---- running a script ----

internal sealed record ExecuteRequest(ExecuteParam ExecuteParam, IReadOnlyList<ExecuteBatch> ExecuteBatches);

/// <summary>Used both to submit a run and to read it back from ticket info, hence all-nullable.</summary>
internal sealed record ExecuteParam(
    string? ExecuteUser,
    int? Timeout,
    double? SuccessRate,
    IReadOnlyList<ScriptParamValue>? ScriptParams,
    bool? Resourceful,
    int? MaxConcurrency,
    int? WaitAgentSeconds);

internal sealed record ScriptParamValue(string ParamName, string? ParamValue);

internal sealed record ExecuteBatch(int BatchIndex, IReadOnlyList<TargetHost> TargetInstances, string RotationStrategy);

/// <summary>A host named in a run request. <c>custom_attributes</c> is passed through untouched from a JSON hosts file.</summary>
internal sealed record TargetHost(
    string ResourceId,
    string RegionId,
    string? Provider = "ECS",
    string? Type = "CLOUDSERVER",
    JsonElement? CustomAttributes = null);

// ---- script tickets ----

internal sealed record TicketSummary(
    long OrderId,
    string? OrderName,
    string? ExecuteUuid,
    long? GmtCreated,
    long? GmtFinished,
    long? ExecuteCosts,
    string? Creator,
    string? Status,
    TicketSummaryProperties? Properties);

internal sealed record TicketSummaryProperties(string? RegionIds);

internal sealed record TicketFilter(string? Status, string? NameLike);

internal sealed record TicketInfo(
    string? ExecuteUuid,
    long? GmtCreated,
    long? GmtFinished,
    long? ExecuteCosts,
    string? Creator,
    string? Status,
    TicketInfoProperties? Properties);

internal sealed record TicketInfoProperties(
    string? ScriptUuid,
    string? ScriptName,
    int? CurrentExecuteBatchIndex,
    int? TotalBatches,
    ExecuteParam? ExecuteParam);

internal sealed record TicketStatistics(int TotalInstance, IReadOnlyList<StatusCount>? ExecuteStatistics)
{
    public IReadOnlyList<StatusCount> Counts => ExecuteStatistics ?? [];

    public int CountOf(string status) => Counts.Where(c => c.InstanceStatus == status).Sum(c => c.InstanceCount);
}

internal sealed record StatusCount(string InstanceStatus, int InstanceCount, IReadOnlyList<int>? BatchIndexes);

internal sealed record BatchSummary(int BatchIndex, int TotalInstances, string? RotationStrategy);

internal sealed record BatchDetail(int BatchIndex, int TotalInstances, IReadOnlyList<HostRun>? ExecuteInstances)
{
    public IReadOnlyList<HostRun> Rows => ExecuteInstances ?? [];
}

/// <summary>One host's execution inside a ticket (COC's ExectionInstanceModel plus Drover's exit_code and attempt).</summary>
internal sealed record HostRun(
    long Id,
    string? Status,
    string? Message,
    long? GmtCreated,
    long? GmtFinished,
    long? ExecuteCosts,
    TargetInstance? TargetInstance,
    int? ExitCode,
    int? Attempt)
{
    public string Host => TargetInstance?.ResourceId ?? "-";
}

internal sealed record TargetInstance(string? ResourceId, string? RegionId, string? Provider, string? Type, TargetProperties? Properties);

internal sealed record TargetProperties(string? HostName, string? FixedIp);

internal sealed record TicketOperation(string OperationType, int? BatchIndex = null, long? InstanceId = null);

// ---- agents ----

internal sealed record Agent(
    long Id,
    string? ResourceId,
    string? RegionId,
    string? HostName,
    IReadOnlyList<string>? Ips,
    string? Os,
    string? AgentVersion,
    string? Status,
    long? LastHeartbeat,
    long? GmtCreated);

internal sealed record AgentFilter(string? Status, string? RegionId, string? ResourceId);
