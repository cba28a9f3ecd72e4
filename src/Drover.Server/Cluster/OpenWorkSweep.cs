using Microsoft.Extensions.Options;

namespace Drover.Server.Cluster;

/// <summary>
/// Wakes all open work (every <see cref="IOpenWork"/>: tickets, executions): when the server starts (the whole
/// cluster may have restarted), whenever the membership changes (a server died: what it held is loaded by a live one),
/// and every <c>SweepSeconds</c> (a writer that failed is loaded again from its last commit). Waking one that is already loaded costs one call; whichever
/// server sweeps, each is loaded by exactly one.
/// </summary>
public sealed class OpenWorkSweep(
    IEnumerable<IOpenWork> kinds,
    IClusterMembershipService membership,
    IHostApplicationLifetime lifetime,
    IOptions<ClusterSettings> settings,
    TimeProvider clock,
    ILogger<OpenWorkSweep> log) : BackgroundService
{
    private readonly SemaphoreSlim sweeping = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Grains answer once the silo has started, which is before the application reports started.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var _ = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        try
        {
            await started.Task.WaitAsync(stoppingToken);
            await SweepAsync(true, stoppingToken);
            var onChange = WatchMembershipAsync(stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.Value.SweepSeconds), clock);
            while (await timer.WaitForNextTickAsync(stoppingToken)) await SweepAsync(false, stoppingToken);
            await onChange;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WatchMembershipAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var _ in membership.MembershipUpdates.WithCancellation(ct)) await SweepAsync(false, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task SweepAsync(bool first, CancellationToken ct)
    {
        await sweeping.WaitAsync(ct);
        try
        {
            var open = new List<(IOpenWork Kind, IReadOnlyList<long> Ids)>();
            foreach (var kind in kinds) open.Add((kind, await kind.OpenIdsAsync(ct)));
            if (first && open.Any(o => o.Ids.Count > 0))
                log.LogInformation("Waking open work: {Counts}", string.Join(", ", open.Select(o => $"{o.Ids.Count} {o.Kind}")));
            await Task.WhenAll(open.SelectMany(o => o.Ids.Select(o.Kind.WakeAsync)));
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning("Waking open work failed: {Error}", e.Message);
        }
        finally
        {
            sweeping.Release();
        }
    }
}
