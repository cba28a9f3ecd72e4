namespace Drover.Server.Jobs.Engine;

/// <summary>What an execution row keeps as JSON beyond its columns: its batches (with their hosts) and its position.</summary>
public sealed record ExecutionState(
    List<ExecutionBatchState> Batches, int CurrentBatch, int CurrentStep, int? Concurrency, double? ErrorThreshold);

/// <param name="InstancesJson">The batch's hosts as a JSON array, bound to the target parameter while the batch runs; null for NORMAL.</param>
public sealed record ExecutionBatchState(int Index, string Strategy, bool Skipped, string? InstancesJson);
