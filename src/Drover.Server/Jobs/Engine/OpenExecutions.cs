using Drover.Server.Cluster;

namespace Drover.Server.Jobs.Engine;

/// <summary>Open job executions, for the sweep that keeps their grains loaded.</summary>
public sealed class OpenExecutions(ExecutionStore store, ExecutionEngine engine) : IOpenWork
{
    public string Kind => "executions";
    public async Task<IReadOnlyList<long>> OpenIdsAsync(CancellationToken ct) => await store.OpenExecutionIdsAsync(ct);
    public Task WakeAsync(long id) => engine.WakeAsync(id);
}
