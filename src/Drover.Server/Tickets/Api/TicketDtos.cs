namespace Drover.Server.Tickets.Api;

// COC's script-ticket models (reference §3.10, §4.1), snake_case on the wire. Drover's extensions are marked.

/// <summary>ScriptExecuteModel.</summary>
public sealed class ExecuteScriptRequest
{
    public ExecuteParamDto? ExecuteParam { get; set; }
    public List<ExecuteBatchDto?>? ExecuteBatches { get; set; }
}

/// <summary>ScriptExecuteParam.</summary>
public sealed class ExecuteParamDto
{
    public int? Timeout { get; set; }
    public double? SuccessRate { get; set; }
    public string? ExecuteUser { get; set; }
    public List<ExecuteInputParamDto?>? ScriptParams { get; set; }
    /// <summary>Deprecated by COC and ignored; clients still send it.</summary>
    public bool? Resourceful { get; set; }
    /// <summary>Extension: at most this many hosts of a batch run at once (default: the whole batch).</summary>
    public int? MaxConcurrency { get; set; }
    /// <summary>Extension: how long a batch waits for an agent that is not ONLINE (default 0).</summary>
    public int? WaitAgentSeconds { get; set; }
}

/// <summary>ScriptExecuteInputParam.</summary>
public sealed class ExecuteInputParamDto
{
    public string? ParamName { get; set; }
    public string? ParamValue { get; set; }
    public int? ParamOrder { get; set; }
    public ParamReferDto? ParamRefer { get; set; }
}

/// <summary>ScriptExecuteParamReference.</summary>
public sealed class ParamReferDto
{
    public string? ReferType { get; set; }
    public string? ParamId { get; set; }
    public string? ParamVersion { get; set; }
}

/// <summary>ExecuteInstancesBatchInfo.</summary>
public sealed class ExecuteBatchDto
{
    public int? BatchIndex { get; set; }
    public List<TargetInstanceDto?>? TargetInstances { get; set; }
    public string? RotationStrategy { get; set; }
}

/// <summary>ExecuteResourceInstance.</summary>
public sealed class TargetInstanceDto
{
    public string? ResourceId { get; set; }
    public string? RegionId { get; set; }
    public string? Provider { get; set; }
    public string? Type { get; set; }
    public List<CustomAttributeDto?>? CustomAttributes { get; set; }
    public string? AgentSn { get; set; }
    public string? ProjectId { get; set; }
}

public sealed class CustomAttributeDto
{
    public string? Key { get; set; }
    public string? Value { get; set; }
}

/// <summary>JobScriptOrderOperationBody.</summary>
public sealed class OperationRequest
{
    public string? OperationType { get; set; }
    public int? BatchIndex { get; set; }
    public long? InstanceId { get; set; }
}

public sealed record CustomAttribute(string Key, string Value);

/// <summary>JobScriptOrderListModel.</summary>
public sealed record TicketListRow(
    long OrderId, string OrderName, string ExecuteUuid, long GmtCreated, long? GmtFinished, long? ExecuteCosts,
    string Creator, string Status, TicketListProperties Properties);

public sealed record TicketListProperties(string RegionIds);

/// <summary>JobScriptOrderInfoModel.</summary>
public sealed record TicketInfo(
    string ExecuteUuid, long GmtCreated, long? GmtFinished, long? ExecuteCosts, string Creator, string Status,
    TicketInfoProperties Properties);

/// <param name="TotalBatches">Extension.</param>
public sealed record TicketInfoProperties(
    string ScriptUuid, string ScriptName, string ScriptSource, string ScriptVersionName,
    int CurrentExecuteBatchIndex, int TotalBatches, ExecuteParamOut ExecuteParam);

/// <summary>The parameters a ticket runs with: the values used, not the script's defaults (unlike COC); sensitive ones masked.</summary>
public sealed record ExecuteParamOut(
    string ExecuteUser, int Timeout, double SuccessRate, bool Resourceful, IReadOnlyList<ExecuteParamValueOut> ScriptParams,
    int? MaxConcurrency, int WaitAgentSeconds);

public sealed record ExecuteParamValueOut(string ParamName, string ParamValue, int ParamOrder);

/// <summary>JobScriptOrderStatisticsModel.</summary>
public sealed record TicketStatistics(int TotalInstance, IReadOnlyList<InstanceStatistic> ExecuteStatistics);

public sealed record InstanceStatistic(string InstanceStatus, int InstanceCount, IReadOnlyList<int> BatchIndexes);

/// <summary>JobScriptBatchListModel; <c>status</c> is an extension derived from the batch's hosts.</summary>
public sealed record BatchListRow(int BatchIndex, int TotalInstances, string RotationStrategy, string Status, string? Properties);

/// <summary>JobScriptBatchDetailModel.</summary>
public sealed record BatchDetail(int BatchIndex, int TotalInstances, IReadOnlyList<InstanceRowOut> ExecuteInstances);

/// <summary>ExectionInstanceModel; <c>exit_code</c>, <c>attempt</c> and <c>gmt_started</c> are extensions.</summary>
public sealed record InstanceRowOut(
    long Id, TargetInstanceOut TargetInstance, long GmtCreated, long? GmtStarted, long? GmtFinished, long? ExecuteCosts,
    string Status, string Message, int? ExitCode, int Attempt);

public sealed record TargetInstanceOut(
    string ResourceId, string RegionId, string Provider, string Type, IReadOnlyList<CustomAttribute> CustomAttributes,
    string? AgentStatus, TargetProperties? Properties);

public sealed record TargetProperties(string HostName, string FixedIp, string RegionId);
