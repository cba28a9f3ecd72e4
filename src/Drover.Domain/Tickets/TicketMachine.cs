using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Drover.Domain.Common;

namespace Drover.Domain.Tickets;

/// <summary>
/// The script-ticket rules of semantics §3 as one pure function: given a ticket, an event and the time, the new
/// ticket and the effects to carry out, or a refusal. No I/O, no clock: the engine persists and acts.
/// </summary>
public static class TicketMachine
{
    public static TicketDecision Apply(Ticket ticket, TicketEvent e, long nowMs)
    {
        var draft = new Draft(ticket, nowMs);
        var refusal = e switch
        {
            TicketEvent.Start => Start(draft),
            TicketEvent.HostStarted s => HostStarted(draft, s),
            TicketEvent.HostEnded h => HostEnded(draft, h),
            TicketEvent.Operate o => Operate(draft, o.Operation),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e, "unknown ticket event"),
        };
        return refusal is null ? draft.Decide() : new TicketDecision.Refused(refusal);
    }

    private static Refusal? Start(Draft d)
    {
        // Repeated starts (recovery, a duplicate signal) and a ticket paused before it started are left alone.
        if (d.Status != TicketStatus.Ready) return null;
        d.SetStatus(TicketStatus.Processing);
        Advance(d);
        return null;
    }

    private static Refusal? HostStarted(Draft d, TicketEvent.HostStarted e)
    {
        var i = d.IndexOf(e.InstanceId);
        if (i < 0) return null;
        var inst = d.Instances[i];
        if (inst.Status != InstanceStatus.Processing || inst.DispatchId != e.DispatchId || inst.StartedAtMs is not null) return null;
        d.Set(i, inst with { StartedAtMs = e.StartedAtMs });
        return null;
    }

    private static Refusal? HostEnded(Draft d, TicketEvent.HostEnded e)
    {
        var i = d.IndexOf(e.InstanceId);
        if (i < 0) return null;
        var inst = d.Instances[i];
        if (inst is { Status: InstanceStatus.Canceled, AwaitingKill: true } && inst.DispatchId == e.DispatchId)
        {
            // The killed process has ended: its cancel is now confirmed. Its outcome changes nothing else.
            d.Set(i, inst with { AwaitingKill = false });
            return null;
        }
        // A result for an attempt that is no longer the live one (canceled, retried, given up on) changes nothing.
        if (inst.Status != InstanceStatus.Processing || inst.DispatchId != e.DispatchId) return null;
        d.Set(i, inst with
        {
            Status = e.Succeeded ? InstanceStatus.Finished : InstanceStatus.Abnormal,
            ExitCode = e.ExitCode,
            Note = e.Note,
            StartedAtMs = inst.StartedAtMs ?? d.Now,
            FinishedAtMs = d.Now,
        });
        Advance(d);
        return null;
    }

    private static Refusal? Operate(Draft d, TicketOperation op) => op switch
    {
        TicketOperation.CancelInstance c => CancelInstance(d, c),
        TicketOperation.SkipBatch s => SkipBatch(d, s),
        TicketOperation.PauseOrder => PauseOrder(d),
        TicketOperation.ContinueOrder => ContinueOrder(d),
        TicketOperation.CancelOrder => CancelOrder(d),
        TicketOperation.RetryInstance r => RetryInstance(d, r),
        TicketOperation.RetryFailed r => RetryFailed(d, r),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown ticket operation"),
    };

    private static Refusal? CancelInstance(Draft d, TicketOperation.CancelInstance op)
    {
        if (d.IsClosed) return ClosedTicket(d, op);
        var i = d.IndexOf(op.InstanceId);
        if (i < 0) return UnknownInstance(op.InstanceId);
        var inst = d.Instances[i];
        if (!inst.IsOpen)
            return new Refusal(ErrorCodes.InstanceStateRefuses,
                $"instance_id {op.InstanceId} is {inst.Status.ToWire()}: CANCEL_INSTANCE needs a READY or PROCESSING instance");
        d.CancelInstance(i, "canceled by operator");
        Advance(d);
        return null;
    }

    private static Refusal? SkipBatch(Draft d, TicketOperation.SkipBatch op)
    {
        if (d.IsClosed) return ClosedTicket(d, op);
        var b = d.BatchPosition(op.BatchIndex);
        if (b < 0) return UnknownBatch(d, op.BatchIndex);
        var anyOpen = false;
        for (var i = 0; i < d.Instances.Length; i++)
        {
            var inst = d.Instances[i];
            if (inst.BatchIndex != op.BatchIndex || !inst.IsOpen) continue;
            anyOpen = true;
            d.CancelInstance(i, "batch skipped by operator");
        }
        if (!anyOpen)
            return new Refusal(ErrorCodes.BatchEnded, $"batch_index {op.BatchIndex}: the batch has already ended, there is nothing to skip");
        d.Batches[b] = d.Batches[b] with { Skipped = true };
        Advance(d);
        return null;
    }

    private static Refusal? PauseOrder(Draft d)
    {
        switch (d.Status)
        {
            case TicketStatus.Paused:
                return null;
            case TicketStatus.Ready:
            case TicketStatus.Processing:
                d.SetStatus(TicketStatus.Paused);
                return null;
            case TicketStatus.Abnormal:
            case TicketStatus.Finished:
            case TicketStatus.Canceled:
                return new Refusal(ErrorCodes.TicketStateRefuses,
                    $"ticket is {d.Status.ToWire()}: PAUSE_ORDER needs a READY or PROCESSING ticket");
            default:
                throw new ArgumentOutOfRangeException(nameof(d), d.Status, null);
        }
    }

    private static Refusal? ContinueOrder(Draft d)
    {
        switch (d.Status)
        {
            case TicketStatus.Ready:
            case TicketStatus.Processing:
                return null;
            case TicketStatus.Paused:
                d.SetStatus(TicketStatus.Processing);
                Advance(d);
                return null;
            case TicketStatus.Abnormal:
                var next = d.BatchAfter(d.Current);
                if (next is null)
                    return new Refusal(ErrorCodes.NoBatchLeft,
                        "ticket is ABNORMAL after its last batch: no batch is left to continue; use RETRY_FAILED to run its failed hosts again, or CANCEL_ORDER");
                // The operator accepts the success rate as it is and goes on with the next batch.
                d.Current = next.Index;
                d.SetStatus(TicketStatus.Processing);
                Advance(d);
                return null;
            case TicketStatus.Finished:
            case TicketStatus.Canceled:
                return new Refusal(ErrorCodes.TicketStateRefuses,
                    $"ticket is {d.Status.ToWire()}: CONTINUE_ORDER needs a PAUSED ticket, or an ABNORMAL one with batches left");
            default:
                throw new ArgumentOutOfRangeException(nameof(d), d.Status, null);
        }
    }

    private static Refusal? CancelOrder(Draft d)
    {
        if (d.IsClosed) return ClosedTicket(d, new TicketOperation.CancelOrder());
        for (var i = 0; i < d.Instances.Length; i++)
            if (d.Instances[i].IsOpen) d.CancelInstance(i, "ticket canceled by operator");
        d.SetStatus(TicketStatus.Canceled);
        return null;
    }

    private static Refusal? RetryInstance(Draft d, TicketOperation.RetryInstance op)
    {
        if (d.Status == TicketStatus.Canceled) return CanceledTicketCannotRetry(op);
        var i = d.IndexOf(op.InstanceId);
        if (i < 0) return UnknownInstance(op.InstanceId);
        var inst = d.Instances[i];
        if (inst.Status is not (InstanceStatus.Abnormal or InstanceStatus.Canceled))
            return new Refusal(ErrorCodes.InstanceStateRefuses,
                $"instance_id {op.InstanceId} is {inst.Status.ToWire()}: RETRY_INSTANCE needs an ABNORMAL or CANCELED instance");
        Retry(d, [i]);
        return null;
    }

    private static Refusal? RetryFailed(Draft d, TicketOperation.RetryFailed op)
    {
        if (d.Status == TicketStatus.Canceled) return CanceledTicketCannotRetry(op);
        if (op.BatchIndex is { } bi && d.BatchPosition(bi) < 0) return UnknownBatch(d, bi);
        var failed = new List<int>();
        for (var i = 0; i < d.Instances.Length; i++)
        {
            var inst = d.Instances[i];
            if (inst.Status == InstanceStatus.Abnormal && (op.BatchIndex is null || inst.BatchIndex == op.BatchIndex))
                failed.Add(i);
        }
        if (failed.Count == 0)
            return new Refusal(ErrorCodes.NothingToRetry, op.BatchIndex is { } b
                ? $"batch_index {b}: no ABNORMAL host in this batch to retry"
                : "no ABNORMAL host in this ticket to retry");
        Retry(d, failed);
        return null;
    }

    private static void Retry(Draft d, IReadOnlyList<int> positions)
    {
        foreach (var i in positions)
        {
            var inst = d.Instances[i];
            // The attempt number stays: the next dispatch makes attempt + 1, with its own dispatch id and output.
            d.Set(i, inst with { Status = InstanceStatus.Ready, ExitCode = null, Note = null, StartedAtMs = null, FinishedAtMs = null, AwaitingKill = false });
        }
        // An ended ticket goes back to work and its final state is decided again.
        if (d.Status is TicketStatus.Finished or TicketStatus.Abnormal)
            d.SetStatus(TicketStatus.Processing);
        Advance(d);
    }

    /// <summary>
    /// Starts what may start and ends what has ended: fills the concurrency window from READY hosts of batches up to the
    /// current one (retried hosts of earlier batches included), and when the current batch is done applies the success
    /// rate, the rotation strategy, and moves on, until something must wait.
    /// A PAUSED ticket starts nothing, but a batch that ends while it is paused is still closed out: the success rate is
    /// applied and the ticket moves to the next batch (or ends), so one CONTINUE_ORDER then starts that batch.
    /// </summary>
    private static void Advance(Draft d)
    {
        while (d.Status is TicketStatus.Processing or TicketStatus.Paused)
        {
            var mayStart = d.Status == TicketStatus.Processing;
            var running = 0;
            var open = false;
            foreach (var inst in d.Instances)
                if (inst.Status == InstanceStatus.Processing) running++;
            for (var i = 0; i < d.Instances.Length; i++)
            {
                var inst = d.Instances[i];
                if (inst.BatchIndex > d.Current) continue;
                if (inst.Status == InstanceStatus.Processing) open = true;
                if (inst.Status != InstanceStatus.Ready) continue;
                open = true;
                if (!mayStart || (d.MaxConcurrency is { } max && running >= max)) continue;
                d.Dispatch(i);
                running++;
            }
            if (open) return;

            var (finished, abnormal) = d.CountOutcomes();
            if (!d.SuccessRate.HeldBy(finished, abnormal))
            {
                d.SetStatus(TicketStatus.Abnormal);
                return;
            }
            var next = d.BatchAfter(d.Current);
            if (next is null)
            {
                d.SetStatus(TicketStatus.Finished);
                return;
            }
            var ended = d.Batches[d.BatchPosition(d.Current)];
            d.Current = next.Index;
            // The operator's pause already holds the ticket before the next batch.
            if (!mayStart) return;
            if (ended.Rotation == RotationStrategy.Pause && !ended.Skipped)
            {
                d.SetStatus(TicketStatus.Paused);
                return;
            }
        }
    }

    private static Refusal ClosedTicket(Draft d, TicketOperation op) =>
        new(ErrorCodes.TicketStateRefuses, $"ticket is {d.Status.ToWire()}: {op.WireName} needs a ticket that is not FINISHED or CANCELED");

    private static Refusal CanceledTicketCannotRetry(TicketOperation op) =>
        new(ErrorCodes.TicketStateRefuses, $"ticket is CANCELED: {op.WireName} needs a ticket that is not CANCELED");

    private static Refusal UnknownInstance(long id) =>
        new(ErrorCodes.InstanceNotFound, $"instance_id {id} is not an instance of this ticket");

    private static Refusal UnknownBatch(Draft d, int index) =>
        new(ErrorCodes.BatchNotFound, $"batch_index {index} is not a batch of this ticket (it has batches {d.Batches[0].Index}..{d.Batches[^1].Index})");

    /// <summary>A working copy: one array copy per event, however many hosts change.</summary>
    private sealed class Draft(Ticket original, long now)
    {
        public readonly long Now = now;
        public readonly Instance[] Instances = [.. original.Instances];
        public readonly Batch[] Batches = [.. original.Batches];
        public TicketStatus Status { get; private set; } = original.Status;
        public int Current { get; set; } = original.CurrentBatchIndex;
        public long? FinishedAtMs { get; private set; } = original.FinishedAtMs;
        public SuccessRate SuccessRate => original.SuccessRate;
        public int? MaxConcurrency => original.MaxConcurrency;
        public bool IsClosed => Status is TicketStatus.Finished or TicketStatus.Canceled;
        private readonly List<TicketEffect> effects = [];

        public int IndexOf(long id) => original.IndexOfInstance(id);

        public void Set(int i, Instance inst) => Instances[i] = inst;

        public void SetStatus(TicketStatus status)
        {
            Status = status;
            // gmt_finished marks where a ticket stopped; it goes away when the ticket runs again.
            FinishedAtMs = status is TicketStatus.Finished or TicketStatus.Canceled or TicketStatus.Abnormal ? Now : null;
        }

        public void Dispatch(int i)
        {
            var inst = Instances[i];
            var attempt = inst.Attempt + 1;
            var dispatchId = Instance.DispatchIdFor(original.ExecuteUuid, inst.Id, attempt);
            Instances[i] = inst with
            {
                Status = InstanceStatus.Processing, Attempt = attempt, DispatchId = dispatchId,
                ExitCode = null, Note = null, StartedAtMs = null, FinishedAtMs = null, DispatchedAtMs = Now,
            };
            effects.Add(new TicketEffect.Dispatch(inst.Id, dispatchId));
        }

        public void CancelInstance(int i, string note)
        {
            var inst = Instances[i];
            if (inst.Status == InstanceStatus.Processing && inst.DispatchId is { } dispatchId)
                effects.Add(new TicketEffect.Kill(inst.Id, dispatchId, note));
            // Only a process the agent has taken can be awaited: an undelivered dispatch has nothing to confirm.
            var awaiting = inst is { Status: InstanceStatus.Processing, StartedAtMs: not null };
            Instances[i] = inst with { Status = InstanceStatus.Canceled, Note = note, FinishedAtMs = Now, AwaitingKill = awaiting };
        }

        public int BatchPosition(int index)
        {
            for (var i = 0; i < Batches.Length; i++)
                if (Batches[i].Index == index) return i;
            return -1;
        }

        public Batch? BatchAfter(int index)
        {
            foreach (var b in Batches)
                if (b.Index > index) return b;
            return null;
        }

        public (int Finished, int Abnormal) CountOutcomes()
        {
            int finished = 0, abnormal = 0;
            foreach (var inst in Instances)
            {
                if (inst.Status == InstanceStatus.Finished) finished++;
                else if (inst.Status == InstanceStatus.Abnormal) abnormal++;
            }
            return (finished, abnormal);
        }

        public TicketDecision Decide()
        {
            var ticket = original with
            {
                Status = Status,
                CurrentBatchIndex = Current,
                FinishedAtMs = FinishedAtMs,
                Instances = ImmutableCollectionsMarshal.AsImmutableArray(Instances),
                Batches = ImmutableCollectionsMarshal.AsImmutableArray(Batches),
            };
            var changed = Status != original.Status || Current != original.CurrentBatchIndex || effects.Count > 0
                || !SameElements(Instances, original.Instances) || !SameElements(Batches, original.Batches);
            return new TicketDecision.Accepted(changed ? ticket : original, [.. effects], changed);
        }

        private static bool SameElements<T>(T[] now, ImmutableArray<T> before) where T : class
        {
            for (var i = 0; i < now.Length; i++)
                if (!ReferenceEquals(now[i], before[i])) return false;
            return true;
        }
    }
}
