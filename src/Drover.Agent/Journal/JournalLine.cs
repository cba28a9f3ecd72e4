using System.Text.Json.Serialization;
using Drover.Protocol;

namespace Drover.Agent.Journal;

/// <summary>One line of journal.jsonl: a dispatch was accepted, finished (with its result), or acknowledged.</summary>
internal sealed record JournalLine
{
    public const string AcceptedKind = "accepted";
    public const string ResultKind = "result";
    public const string AckedKind = "acked";

    [JsonPropertyName("kind")] public string Kind { get; init; } = "";
    [JsonPropertyName("dispatch")] public string DispatchId { get; init; } = "";
    [JsonPropertyName("at")] public long? AcceptedAtMs { get; init; }
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("exit")] public int? ExitCode { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
    [JsonPropertyName("started")] public long? StartedAtMs { get; init; }
    [JsonPropertyName("finished")] public long? FinishedAtMs { get; init; }
    [JsonPropertyName("chunks")] public long? ChunkCount { get; init; }
    [JsonPropertyName("dropped")] public long? BytesDropped { get; init; }

    public static JournalLine Accepted(string dispatchId, long atMs) =>
        new() { Kind = AcceptedKind, DispatchId = dispatchId, AcceptedAtMs = atMs };

    public static JournalLine Acked(string dispatchId) => new() { Kind = AckedKind, DispatchId = dispatchId };

    public static JournalLine Finished(TaskResult r) => new()
    {
        Kind = ResultKind,
        DispatchId = r.DispatchId,
        Outcome = r.Outcome.ToString(),
        ExitCode = r.ExitCode,
        Message = r.Message,
        StartedAtMs = r.StartedAtMs,
        FinishedAtMs = r.FinishedAtMs,
        ChunkCount = r.ChunkCount,
        BytesDropped = r.OutputBytesDropped,
    };

    public TaskResult ToResult() => new()
    {
        DispatchId = DispatchId,
        Outcome = Enum.TryParse<TaskOutcome>(Outcome, out var o) ? o : TaskOutcome.Lost,
        ExitCode = ExitCode ?? -1,
        Message = Message ?? "",
        StartedAtMs = StartedAtMs ?? 0,
        FinishedAtMs = FinishedAtMs ?? 0,
        ChunkCount = ChunkCount ?? 0,
        OutputBytesDropped = BytesDropped ?? 0,
    };
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JournalLine))]
internal sealed partial class JournalJson : JsonSerializerContext;
