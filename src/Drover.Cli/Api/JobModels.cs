using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drover.Cli.Api;

// Wire records of COC's opsflow family (jobs = "documents", job tickets = "executions"). Same snake_case mapping
// as Models.cs; read with DroverClient.OpsJson, which also takes numbers sent as strings and values of any kind
// where text is expected (COC declares several of these fields inconsistently, reference §9).

/// <summary>A <c>{key, value}</c> pair: global parameters, step inputs and outputs.</summary>
internal sealed record KeyValue(string Key, string? Value);

// ---- documents ----

internal sealed record NewDocument(string Name, string Content, string EnterpriseProjectId, string RiskLevel, string? Description);

/// <summary>PUT body: every call makes a new version, so name and content are always sent.</summary>
internal sealed record DocumentUpdate(string Name, string Content, string? Description, string? RiskLevel);

internal sealed record DocumentFilter(string? NameLike, string? Creator);

internal sealed record DocumentSummary(
    string? DocumentId,
    string? Name,
    long? CreateTime,
    long? UpdateTime,
    string? Version,
    string? Creator,
    string? Modifier,
    string? EnterpriseProjectId);

internal sealed record DocumentVersion(string? Version, string? VersionUuid, long? CreateTime);

internal sealed record DocumentDetail(
    string? DocumentId,
    string? Name,
    string? Content,
    string? Description,
    string? RiskLevel,
    string? Version,
    IReadOnlyList<DocumentVersion>? Versions,
    long? CreateTime,
    long? UpdateTime,
    string? Creator,
    string? Modifier,
    string? EnterpriseProjectId);

// ---- executing a document ----

internal sealed record ExecuteDocumentRequest(
    string? Version,
    IReadOnlyList<KeyValue> Parameters,
    string? Description,
    string? TargetParameterName,
    IReadOnlyList<ExecutionTarget>? Targets);

/// <summary>
/// <c>{key: "BatchValues", values: [BatchValue]}</c> or <c>{key: "InstanceValues", values: [TargetRef], concurrency,
/// error_threshold}</c>. Values are typed <c>object</c> so each serializes as its runtime record.
/// </summary>
internal sealed record ExecutionTarget(string Key, IReadOnlyList<object> Values, int? Concurrency = null, double? ErrorThreshold = null);

internal sealed record BatchValue(int BatchIndex, string Strategy, IReadOnlyList<TargetRef> Instances);

internal sealed record TargetRef(string ResourceId, string RegionId);

// ---- executions ----

internal sealed record ExecutionFilter(string? DocumentId, string? DocumentName, string? Creator);

internal sealed record Execution(
    string? ExecutionId,
    string? DocumentId,
    string? DocumentName,
    string? DocumentVersion,
    string? Status,
    string? Type,
    long? StartTime,
    long? EndTime,
    long? UpdateTime,
    string? Creator,
    string? Description,
    IReadOnlyList<KeyValue>? Parameters,
    JsonElement? Targets,
    string? TargetParameterName,
    int? CurrentBatchIndex,
    int? TotalBatches,
    string? CurrentStep)
{
    /// <summary>end - start once ended, else the time so far.</summary>
    public long? Elapsed(DateTimeOffset now) => StartTime is { } s && s > 0
        ? (EndTime is { } e && e > 0 ? e : now.ToUnixTimeMilliseconds()) - s
        : null;
}

/// <summary>One run of one step; in BATCH executions each step runs once per batch.</summary>
internal sealed record ExecutionStep(
    string? ExecutionStepId,
    string? Action,
    string? Name,
    string? Status,
    string? Message,
    long? StartTime,
    long? EndTime,
    IReadOnlyList<KeyValue>? Inputs,
    IReadOnlyList<KeyValue>? Outputs,
    IReadOnlyDictionary<string, JsonElement>? Properties)
{
    public string? BatchIndex => JobText.Property(Properties, "batch_index");
    public string? StepIndex => JobText.Property(Properties, "step_index");
    public string? Attempt => JobText.Property(Properties, "attempt");

    /// <summary>A <c>hwc:runbook:scripts@...</c> step runs a script on hosts: those have instances to list.</summary>
    public bool IsScripts => Action?.Contains(":scripts@", StringComparison.OrdinalIgnoreCase) == true
                             || Action?.EndsWith(":scripts", StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>One host of a scripts step (COC's step instance; Drover adds exit_code and attempt to its properties).</summary>
internal sealed record StepInstance(
    long? Id,
    string? ExecutionInstanceId,
    string? ExecutionStepId,
    long? StartTime,
    long? EndTime,
    string? Status,
    string? Message,
    IReadOnlyDictionary<string, JsonElement>? Properties)
{
    public string Host => JobText.Property(Properties, "resource_id") ?? "-";
    public string? Region => JobText.Property(Properties, "region_id");
    public string? ExitCode => JobText.Property(Properties, "exit_code");
    public string? Attempt => JobText.Property(Properties, "attempt");

    /// <summary>A key that stays the same across polls.</summary>
    public string Key => ExecutionInstanceId ?? Id?.ToString() ?? $"{ExecutionStepId}/{Host}";

    public long? Duration => StartTime is { } s && s > 0 && EndTime is { } e && e > 0 ? e - s : null;
}

internal sealed record ExecutionOperation(string ExecutionId, string OperateType);

internal static class JobText
{
    /// <summary>A property as text: strings as they are, numbers and booleans as written, null when absent or empty.</summary>
    public static string? Property(IReadOnlyDictionary<string, JsonElement>? properties, string name) =>
        properties is not null && properties.TryGetValue(name, out var v) && Text(v) is { Length: > 0 } text ? text : null;

    public static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => v.GetRawText(),
    };
}

/// <summary>Reads any JSON value where text is expected: a string as is, anything else as its JSON text.</summary>
internal sealed class LooseStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return reader.GetString();
        using var doc = JsonDocument.ParseValue(ref reader);
        return doc.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
