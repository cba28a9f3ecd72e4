using System.Collections.Concurrent;
using System.Threading.Channels;
using Drover.Server.Replicas;

namespace Drover.Server.Engine.Serial;

/// <summary>
/// The single writer of one thing (a ticket, an execution): takes its lease, loads it, then processes its work one item
/// at a time, and retires (releasing the lease) when it is quiet. When another replica holds the lease, or takes it
/// over, the work is handed on (<see cref="HandOff"/>). Subclasses say how to load, how to process, what "quiet" means,
/// and how their work travels.
/// </summary>
internal abstract class SerialRunner<TWork>(long id, string leaseKind, Leases leases, RunnerRegistry<TWork> registry, ILogger log,
    CancellationToken stopping)
    where TWork : class
{
    private readonly Channel<TWork> inbox = Channel.CreateUnbounded<TWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<ITimer, byte> timers = new();

    public long Id => id;

    /// <summary>Held from load to retirement; every commit of this runner is fenced by it.</summary>
    protected Lease Lease { get; private set; } = new(leaseKind, id, 0);

    /// <summary>
    /// Whether work is waiting. Peeks rather than counts: a single-reader unbounded channel cannot count (it throws
    /// NotSupportedException), and only this runner's own loop asks, so it is the single reader peeking.
    /// </summary>
    public bool HasQueuedWork => inbox.Reader.TryPeek(out _);

    protected ILogger Log => log;
    protected bool HasTimers => !timers.IsEmpty;

    /// <summary>Queues work; false when this runner has stopped taking work (retired, failed, or the server is stopping).</summary>
    public bool TryEnqueue(TWork work) => inbox.Writer.TryWrite(work);

    /// <summary>Queues work from this runner's own processing, while it is certainly live.</summary>
    protected void Enqueue(TWork work)
    {
        if (!TryEnqueue(work)) throw new InvalidOperationException($"{GetType().Name} {id} has retired");
    }

    public void Complete() => inbox.Writer.TryComplete();

    private bool workCommitted;

    /// <summary>
    /// Says the work in hand has committed its own change. If the lease is lost after that (while carrying out its
    /// effects), the work is done, not handed on: applying it again elsewhere would repeat it (and its audit entry).
    /// What its effects left undone, the new holder's load carries out, as after a restart.
    /// </summary>
    protected void Committed() => workCommitted = true;

    public void Start() => _ = Task.Run(RunAsync);

    /// <summary>Loads the state; false when the thing does not exist.</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken ct);

    protected abstract Task ProcessAsync(TWork work);

    /// <summary>Nothing in flight, so the runner may be let go (it is loaded again by the next work).</summary>
    protected abstract bool IsQuiet();

    /// <summary>Answers a waiting caller that its work will not be done.</summary>
    protected abstract void Fail(TWork work, Exception why);

    /// <summary>
    /// Another replica advances this thing: work that matters (an operation, a host's report) is forwarded to it; work
    /// the lease holder does anyway (a start, a recovery, a timer of this runner) is dropped.
    /// </summary>
    protected abstract void HandOff(TWork work);

    /// <summary>Queues <paramref name="work"/> after <paramref name="due"/>, through the registry: this runner may have retired by then.</summary>
    protected ITimer After(TimeSpan due, TWork work, TimeProvider clock)
    {
        ITimer? timer = null;
        timer = clock.CreateTimer(_ =>
        {
            if (timer is not null && timers.TryRemove(timer, out var _)) timer.Dispose();
            if (stopping.IsCancellationRequested) return;
            // A timer callback must never throw: an exception here would take the whole server down.
            try
            {
                registry.Enqueue(id, work);
            }
            catch (Exception e)
            {
                log.LogError(e, "{Runner} {Id}: could not queue timed work {Work}", GetType().Name, id, work);
            }
        }, null, due, Timeout.InfiniteTimeSpan);
        timers.TryAdd(timer, 0);
        return timer;
    }

    /// <summary>Drops a timer whose work is no longer wanted: a pending timer keeps the runner from retiring.</summary>
    protected void Cancel(ITimer timer)
    {
        if (timers.TryRemove(timer, out _)) timer.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            if (await leases.TryAcquireAsync(leaseKind, id, stopping) is not { } lease)
            {
                log.LogDebug("{Runner} {Id} is advanced by another replica; handing its work on", GetType().Name, id);
                registry.Retire(this);
                HandOffQueued();
                return;
            }
            Lease = lease;
            if (!await LoadAsync(stopping))
            {
                log.LogWarning("{Runner} {Id} does not exist; dropping its work", GetType().Name, id);
                Drain(new InvalidOperationException($"{id} does not exist"));
                registry.Retire(this);
                return;
            }
            while (true)
            {
                while (inbox.Reader.TryRead(out var work))
                {
                    workCommitted = false;
                    try
                    {
                        await ProcessAsync(work);
                    }
                    catch (LeaseLostException lost)
                    {
                        if (!workCommitted) HandOff(work);
                        else Fail(work, lost); // answered already where the runner answers on commit; never left waiting
                        throw;
                    }
                }
                if (IsQuiet() && registry.TryRetire(this))
                {
                    await leases.ReleaseAsync(Lease);
                    break;
                }
                if (!await inbox.Reader.WaitToReadAsync(stopping)) break;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            registry.Retire(this);
            Drain(new OperationCanceledException("the server is stopping"));
        }
        catch (LeaseLostException e)
        {
            log.LogWarning("{Runner} {Id}: {Reason}; its work goes to the new holder", GetType().Name, id, e.Message);
            registry.Retire(this);
            StopTimers();
            HandOffQueued();
        }
        catch (Exception e)
        {
            // A storage failure leaves the state as last committed. Retired whatever is queued: a runner left registered
            // with its inbox completed would refuse every later event. What is queued now fails; what comes after goes to
            // a new runner, which reloads from the last commit.
            log.LogError(e, "{Runner} {Id} failed", GetType().Name, id);
            registry.Retire(this);
            Drain(e);
            // Without a runner nothing would move it until its next event: with the lease free, the takeover sweep
            // starts it again from its last commit within seconds (here or on another replica).
            if (Lease.Fence > 0)
            {
                try { await leases.ReleaseAsync(Lease); }
                catch (Exception release) { log.LogWarning("{Runner} {Id}: lease not released ({Error})", GetType().Name, id, release.Message); }
            }
        }
    }

    private void Drain(Exception why)
    {
        StopTimers();
        while (inbox.Reader.TryRead(out var work)) Fail(work, why);
    }

    private void HandOffQueued()
    {
        Complete();
        while (inbox.Reader.TryRead(out var work)) HandOff(work);
    }

    private void StopTimers()
    {
        Complete();
        foreach (var t in timers.Keys) t.Dispose();
        timers.Clear();
    }
}
