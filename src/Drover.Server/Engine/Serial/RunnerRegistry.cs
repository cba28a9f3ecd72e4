namespace Drover.Server.Engine.Serial;

/// <summary>
/// The live runners of one kind, by id: work for an id goes to its runner, created (and loaded) on demand. Creation,
/// queuing and retiring share one lock, so no work is ever queued to a runner that is going away.
/// </summary>
internal sealed class RunnerRegistry<TWork> where TWork : class
{
    private readonly Dictionary<long, SerialRunner<TWork>> runners = [];
    private Func<long, SerialRunner<TWork>>? create;

    public void CreateWith(Func<long, SerialRunner<TWork>> factory) => create = factory;

    public void Enqueue(long id, TWork work)
    {
        lock (runners)
        {
            if (runners.TryGetValue(id, out var runner) && runner.TryEnqueue(work)) return;
            // No runner, or one that stopped taking work without leaving (it failed): a fresh one reloads from the last commit.
            runner = (create ?? throw new InvalidOperationException("no runner factory"))(id);
            runners[id] = runner;
            runner.Start();
            if (!runner.TryEnqueue(work)) throw new InvalidOperationException($"a new runner for {id} refused work");
        }
    }

    /// <summary>Lets a runner go if nothing new arrived for it.</summary>
    public bool TryRetire(SerialRunner<TWork> runner)
    {
        lock (runners)
        {
            if (runner.HasQueuedWork) return false;
            Remove(runner);
            return true;
        }
    }

    /// <summary>Lets a failed runner go now, queued work or not.</summary>
    public void Retire(SerialRunner<TWork> runner)
    {
        lock (runners) Remove(runner);
    }

    private void Remove(SerialRunner<TWork> runner)
    {
        if (runners.TryGetValue(runner.Id, out var current) && ReferenceEquals(current, runner)) runners.Remove(runner.Id);
        runner.Complete();
    }
}
