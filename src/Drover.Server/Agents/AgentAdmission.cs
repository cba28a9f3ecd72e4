using Drover.Protocol;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Drover.Server.Agents;

/// <summary>
/// Smooths reconnection storms. When a server restarts, every agent says Hello within seconds, and each Hello writes the
/// agents table and looks up its host's work. At most <see cref="AgentAdmissionOptions.MaxConcurrent"/> are registered at
/// a time and <see cref="AgentAdmissionOptions.MaxQueued"/> wait their turn; beyond that a Hello is refused with
/// RESOURCE_EXHAUSTED and a retry-after hint, so the fleet comes back in waves and the API stays responsive meanwhile.
/// </summary>
public sealed class AgentAdmission
{
    private static readonly TimeSpan WarnEvery = TimeSpan.FromSeconds(10);

    private readonly AgentAdmissionOptions options;
    private readonly SemaphoreSlim turns;
    private readonly TimeProvider clock;
    private readonly ILogger<AgentAdmission> log;
    private int pending; // waiting or registering
    private long admitted;
    private long refused;
    private long lastWarningTicks;

    public AgentAdmission(IOptions<AgentAdmissionOptions> options, TimeProvider clock, ILogger<AgentAdmission> log)
    {
        this.options = options.Value;
        if (this.options.MaxConcurrent < 1 || this.options.MaxQueued < 0 || this.options.RetryAfterMilliseconds < 1)
            throw new OptionsValidationException("Drover:Agents:Admission", typeof(AgentAdmissionOptions),
                ["MaxConcurrent must be at least 1, MaxQueued at least 0, RetryAfterMilliseconds at least 1"]);
        turns = new SemaphoreSlim(this.options.MaxConcurrent, this.options.MaxConcurrent);
        this.clock = clock;
        this.log = log;
    }

    /// <summary>
    /// Waits for a turn to register <paramref name="host"/>; dispose the turn once it is registered. Throws RESOURCE_EXHAUSTED,
    /// with the retry hint in the trailers, when too many are waiting already.
    /// </summary>
    public async Task<IDisposable> EnterAsync(HostKey host, CancellationToken ct)
    {
        if (Interlocked.Increment(ref pending) > options.MaxConcurrent + options.MaxQueued)
        {
            Interlocked.Decrement(ref pending);
            throw Refusal(host);
        }
        try
        {
            await turns.WaitAsync(ct);
        }
        catch
        {
            Interlocked.Decrement(ref pending);
            throw;
        }
        Interlocked.Increment(ref admitted);
        return new Turn(this);
    }

    /// <summary>The counters since this server started, for operators (<c>GET /v1/agents/admission</c>) and tests.</summary>
    public AdmissionCounters Counters()
    {
        var registering = options.MaxConcurrent - turns.CurrentCount;
        return new AdmissionCounters(registering, Math.Max(0, Volatile.Read(ref pending) - registering),
            Interlocked.Read(ref admitted), Interlocked.Read(ref refused),
            options.MaxConcurrent, options.MaxQueued, options.RetryAfterMilliseconds);
    }

    private RpcException Refusal(HostKey host)
    {
        var total = Interlocked.Increment(ref refused);
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref lastWarningTicks);
        // One line per storm, not one per agent.
        if ((last == 0 || clock.GetElapsedTime(last, now) >= WarnEvery) && Interlocked.CompareExchange(ref lastWarningTicks, now, last) == last)
            log.LogWarning("Agent admission: {MaxQueued} Hellos already waiting; refusing {Host} and others ({Total} refused since start), retry in {RetryAfter} ms",
                options.MaxQueued, host, total, options.RetryAfterMilliseconds);
        var retryAfter = TimeSpan.FromMilliseconds(options.RetryAfterMilliseconds);
        return new RpcException(
            new Status(StatusCode.ResourceExhausted, $"the server is busy admitting other agents; retry after {options.RetryAfterMilliseconds} ms"),
            GatewayTrailers.RetryAfter(retryAfter));
    }

    /// <summary>One Hello's turn: gives its place back once, however often it is disposed.</summary>
    private sealed class Turn(AgentAdmission owner) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) != 0) return;
            owner.turns.Release();
            Interlocked.Decrement(ref owner.pending);
        }
    }
}

/// <summary>Admission at a glance: Hellos registering and waiting now, admitted and refused since start, and the limits.</summary>
public sealed record AdmissionCounters(
    int Registering, int Queued, long Admitted, long Refused, int MaxConcurrent, int MaxQueued, int RetryAfterMs);
