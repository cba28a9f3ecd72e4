using Drover.Domain.Jobs;
using Drover.Server.Security;

namespace Drover.Server.Jobs.Engine;

/// <summary>What an execution runs, fixed when it starts: the pinned document, the global values, the batches' hosts.</summary>
public sealed record ExecutionContext(
    long RowId,
    string ExecutionId,
    Caller Owner,
    Document Document,
    IReadOnlyDictionary<string, string> Globals,
    string? TargetParameterName,
    IReadOnlyDictionary<int, string?> BatchInstances,
    int? Concurrency,
    double? ErrorThreshold,
    IReadOnlySet<string> SecretGlobals)
{
    /// <summary>The values of the secret globals (<see cref="ExecutionSecrets"/>): never shown in a step run's inputs or message.</summary>
    public IReadOnlyList<string> SecretValues(int batchIndex)
    {
        var globals = GlobalsFor(batchIndex);
        return SecretGlobals.Select(n => globals.GetValueOrDefault(n)).OfType<string>().Where(v => v.Length > 0).ToList();
    }

    /// <summary>The global values in force for one batch: the target parameter is bound to that batch's hosts.</summary>
    public IReadOnlyDictionary<string, string> GlobalsFor(int batchIndex)
    {
        if (TargetParameterName is null || BatchInstances.GetValueOrDefault(batchIndex) is not { } hosts) return Globals;
        var bound = new Dictionary<string, string>(Globals, StringComparer.Ordinal) { [TargetParameterName] = hosts };
        return bound;
    }
}
