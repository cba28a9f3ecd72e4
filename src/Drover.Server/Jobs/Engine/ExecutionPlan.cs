using Drover.Domain.Jobs.Executions;
using Drover.Server.Jobs.Commands;

namespace Drover.Server.Jobs.Engine;

/// <summary>A validated execute request: everything needed to create an execution.</summary>
public sealed record ExecutionPlan(
    ExecutionType Type, IReadOnlyDictionary<string, string> Globals, IReadOnlyList<NamedValue> Parameters, IReadOnlyList<NamedValue> SysTags,
    string? TargetParameterName, IReadOnlyList<ExecutionBatchState> Batches, int? Concurrency, double? ErrorThreshold, string? Description);
