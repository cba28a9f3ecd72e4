namespace Drover.Server.Cluster.Writers;

/// <summary>
/// The single writer of one ticket or execution, as an Orleans grain: one activation per id in the whole cluster, one
/// call at a time. It loads its state when activated, processes each piece of work (and the work that work queues)
/// in turn, rebuilds its timers from the state, and lets itself go when nothing is in flight. Every commit is checked
/// against the version it loaded (<see cref="StaleWriteException"/>): a second activation during a membership change
/// cannot commit over the first; the loser reloads and applies its work again on the winner's state.
/// </summary>
public abstract class WriterGrain<TWork>(ILogger log) : Grain where TWork : class
{
    private readonly Queue<TWork> queued = new();
    private readonly HashSet<IGrainTimer> timers = [];
    private bool exists;
    private bool abandoned;

    protected ILogger Log => log;
    protected long Id => this.GetPrimaryKeyLong();
    protected bool HasTimers => timers.Count > 0;

    /// <summary>Loads the state and rebuilds its outstanding work (timers, redeliveries); false when it does not exist.</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken ct);

    protected abstract Task ProcessAsync(TWork work);

    /// <summary>Nothing in flight, so the writer may be let go (it is loaded again by the next call).</summary>
    protected abstract bool IsQuiet();

    public override async Task OnActivateAsync(CancellationToken ct)
    {
        exists = await LoadAsync(ct);
        if (!exists) log.LogWarning("{Writer} {Id} does not exist", GetType().Name, Id);
    }

    /// <summary>Processes <paramref name="work"/>, then whatever it queued; the grain's calls all come through here.</summary>
    protected async Task RunAsync(TWork work)
    {
        if (abandoned)
        {
            exists = await LoadAsync(CancellationToken.None);
            abandoned = false;
        }
        if (!exists)
        {
            DeactivateOnIdle();
            throw new KeyNotFoundException($"{GetType().Name} {Id} does not exist");
        }
        try
        {
            // What the load queued (its outstanding work) goes first: the call's work is decided on a writer that has
            // caught up with its own state.
            while (queued.TryDequeue(out var rebuilt)) await ProcessWithRetryAsync(rebuilt);
            await ProcessWithRetryAsync(work);
            while (queued.TryDequeue(out var next)) await ProcessWithRetryAsync(next);
        }
        catch (Exception e)
        {
            // A storage failure leaves the state as last committed: this activation goes, and the next call (or the
            // sweep, within seconds) loads it again from there. What was queued is rebuilt by that load.
            log.LogError(e, "{Writer} {Id} failed; it is loaded again from its last commit", GetType().Name, Id);
            Abandon();
            throw;
        }
        if (IsQuiet()) DeactivateOnIdle();
    }

    private async Task ProcessWithRetryAsync(TWork work)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ProcessAsync(work);
                return;
            }
            catch (StaleWriteException stale) when (attempt < 3)
            {
                // Another activation committed since this one loaded: take its state and decide again.
                log.LogWarning("{Writer} {Id}: {Reason}; reloading", GetType().Name, Id, stale.Message);
                StopTimers();
                queued.Clear();
                exists = await LoadAsync(CancellationToken.None);
                if (!exists) throw;
            }
        }
    }

    /// <summary>Queues work from this writer's own processing: it runs in this same turn, after the work in hand.</summary>
    protected void Enqueue(TWork work) => queued.Enqueue(work);

    /// <summary>Processes <paramref name="work"/> after <paramref name="due"/>; the timer keeps the writer loaded until then.</summary>
    protected IGrainTimer After(TimeSpan due, TWork work)
    {
        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(async _ =>
        {
            if (timer is not null && timers.Remove(timer)) timer.Dispose();
            try
            {
                await RunAsync(work);
            }
            catch (Exception e)
            {
                log.LogWarning("{Writer} {Id}: timed work {Work} failed ({Error})", GetType().Name, Id, work, e.Message);
            }
        }, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        timers.Add(timer);
        return timer;
    }

    /// <summary>Drops a timer whose work is no longer wanted: a pending timer keeps the writer loaded.</summary>
    protected void Cancel(IGrainTimer timer)
    {
        if (timers.Remove(timer)) timer.Dispose();
    }

    private void Abandon()
    {
        StopTimers();
        queued.Clear();
        abandoned = true;
        DeactivateOnIdle();
    }

    private void StopTimers()
    {
        foreach (var t in timers) t.Dispose();
        timers.Clear();
    }
}

/// <summary>Another activation of the same writer committed since this one loaded: nothing of this write was kept.</summary>
public sealed class StaleWriteException(string what, long id, long version)
    : Exception($"{what} {id} changed since version {version} was loaded");
