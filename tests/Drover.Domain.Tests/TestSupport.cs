using System.Collections.Immutable;
using System.Text;
using Drover.Domain.Common;
using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>
/// Builds a READY ticket. Batches get indexes 1, 2, 3, ... (or from <see cref="FirstBatchIndex"/>); instance ids are
/// handed out in batch order from <see cref="FirstInstanceId"/> (1001 by default), so with
/// <c>WithBatches((Continue, 2), (Pause, 3))</c> batch 1 holds 1001-1002 and batch 2 holds 1003-1005.
/// </summary>
public sealed class TicketBuilder
{
    public const string DefaultUuid = "EX20250102030405abcdef12";

    private readonly (RotationStrategy Rotation, int Hosts)[] batches;
    private string uuid = DefaultUuid;
    private double successRate = 100;
    private int? maxConcurrency;
    private long firstInstanceId = 1001;
    private int firstBatchIndex = 1;

    private TicketBuilder((RotationStrategy, int)[] batches) => this.batches = batches;

    public static TicketBuilder WithBatches(params (RotationStrategy Rotation, int Hosts)[] batches) => new(batches);

    public TicketBuilder Uuid(string value) { uuid = value; return this; }
    public TicketBuilder SuccessRate(double percent) { successRate = percent; return this; }
    public TicketBuilder MaxConcurrency(int? value) { maxConcurrency = value; return this; }
    public TicketBuilder FirstInstanceId(long value) { firstInstanceId = value; return this; }
    public TicketBuilder FirstBatchIndex(int value) { firstBatchIndex = value; return this; }

    public Ticket Build()
    {
        var bs = ImmutableArray.CreateBuilder<Batch>();
        var instances = ImmutableArray.CreateBuilder<Instance>();
        var id = firstInstanceId;
        for (var b = 0; b < batches.Length; b++)
        {
            var index = firstBatchIndex + b;
            bs.Add(new Batch(index, batches[b].Rotation, Skipped: false));
            for (var h = 0; h < batches[b].Hosts; h++)
                instances.Add(new Instance(id++, index, InstanceStatus.Ready, 0, null, null, null, null, null));
        }
        return new Ticket(uuid, TicketStatus.Ready, firstBatchIndex, bs.ToImmutable(), instances.ToImmutable(),
            Tickets.SuccessRate.FromPercent(successRate), maxConcurrency, null);
    }
}

/// <summary>Short names for the events and operations, and assertions over decisions.</summary>
public static class T
{
    public const RotationStrategy C = RotationStrategy.Continue;
    public const RotationStrategy P = RotationStrategy.Pause;

    public static string Did(long instanceId, int attempt, string uuid = TicketBuilder.DefaultUuid) => $"{uuid}.{instanceId}.{attempt}";

    public static TicketEffect Dispatch(long instanceId, int attempt = 1) => new TicketEffect.Dispatch(instanceId, Did(instanceId, attempt));
    public static TicketEffect Kill(long instanceId, int attempt, string reason) => new TicketEffect.Kill(instanceId, Did(instanceId, attempt), reason);

    public static TicketEvent Op(TicketOperation op) => new TicketEvent.Operate(op);
    public static readonly TicketEvent Start = new TicketEvent.Start();
    public static readonly TicketEvent Pause = Op(new TicketOperation.PauseOrder());
    public static readonly TicketEvent Continue = Op(new TicketOperation.ContinueOrder());
    public static readonly TicketEvent CancelOrder = Op(new TicketOperation.CancelOrder());
    public static TicketEvent CancelInstance(long id) => Op(new TicketOperation.CancelInstance(id));
    public static TicketEvent SkipBatch(int index) => Op(new TicketOperation.SkipBatch(index));
    public static TicketEvent RetryInstance(long id) => Op(new TicketOperation.RetryInstance(id));
    public static TicketEvent RetryFailed(int? batchIndex = null) => Op(new TicketOperation.RetryFailed(batchIndex));

    /// <summary>Applies an event that must be accepted.</summary>
    public static TicketDecision.Accepted Accept(this Ticket t, TicketEvent e, long now = 5_000)
    {
        var d = TicketMachine.Apply(t, e, now);
        return d.ShouldBeOfType<TicketDecision.Accepted>($"{e} on {t.Status.ToWire()} ticket should be accepted");
    }

    /// <summary>Applies an event that must change the ticket, and returns the new ticket.</summary>
    public static Ticket Then(this Ticket t, TicketEvent e, long now = 5_000)
    {
        var a = t.Accept(e, now);
        a.Changed.ShouldBeTrue($"{e} on {t.Status.ToWire()} ticket should change it");
        return a.Ticket;
    }

    /// <summary>
    /// Applies an event that must be refused, checks the refusal's code and that the original ticket is untouched,
    /// and returns the refusal.
    /// </summary>
    public static Refusal Refuse(this Ticket t, TicketEvent e, string expectedCode, long now = 5_000)
    {
        var before = Describe(t);
        var d = TicketMachine.Apply(t, e, now);
        var refused = d.ShouldBeOfType<TicketDecision.Refused>($"{e} on {t.Status.ToWire()} ticket should be refused");
        refused.Refusal.Code.ShouldBe(expectedCode);
        refused.Refusal.Message.ShouldNotBeNullOrWhiteSpace();
        Describe(t).ShouldBe(before, "a refused event must not modify the ticket");
        return refused.Refusal;
    }

    /// <summary>Applies an event that must be an idempotent no-op: accepted, unchanged, the very same ticket, no effects.</summary>
    public static void NoOp(this Ticket t, TicketEvent e, long now = 5_000)
    {
        var before = Describe(t);
        var a = t.Accept(e, now);
        a.Changed.ShouldBeFalse($"{e} on {t.Status.ToWire()} ticket should be a no-op");
        a.Effects.ShouldBeEmpty();
        a.Ticket.ShouldBeSameAs(t);
        Describe(t).ShouldBe(before);
    }

    public static Instance I(this Ticket t, long id) => t.FindInstance(id).ShouldNotBeNull($"instance {id}");

    public static string LiveDid(this Ticket t, long id) => t.I(id).DispatchId.ShouldNotBeNull($"instance {id} has no dispatch id");

    /// <summary>The live attempt of a host ended with this outcome.</summary>
    public static TicketEvent Ended(this Ticket t, long id, bool ok, int? exit = null, string? note = null) =>
        new TicketEvent.HostEnded(id, t.LiveDid(id), ok, exit ?? (ok ? 0 : 1), note);

    public static TicketDecision.Accepted Succeed(this Ticket t, long id, long now = 5_000) => t.Accept(t.Ended(id, true), now);
    public static TicketDecision.Accepted Fail(this Ticket t, long id, long now = 5_000, int exit = 1) => t.Accept(t.Ended(id, false, exit), now);

    /// <summary>Ends every listed host with success, one after the other.</summary>
    public static Ticket Ok(this Ticket t, params long[] ids)
    {
        foreach (var id in ids) t = t.Succeed(id).Ticket;
        return t;
    }

    /// <summary>Ends every listed host with failure, one after the other.</summary>
    public static Ticket Ko(this Ticket t, params long[] ids)
    {
        foreach (var id in ids) t = t.Fail(id).Ticket;
        return t;
    }

    public static InstanceStatus[] Statuses(this Ticket t) => [.. t.Instances.Select(i => i.Status)];

    public static InstanceStatus[] Statuses(this Ticket t, params long[] ids) => [.. ids.Select(id => t.I(id).Status)];

    public static TicketEffect[] Fx(this TicketDecision.Accepted a) => [.. a.Effects];

    /// <summary>Everything about a ticket, as text, to prove a refused event changed nothing.</summary>
    public static string Describe(Ticket t)
    {
        var sb = new StringBuilder();
        sb.Append($"{t.ExecuteUuid} {t.Status} cur={t.CurrentBatchIndex} rate={t.SuccessRate} max={t.MaxConcurrency} fin={t.FinishedAtMs}\n");
        foreach (var b in t.Batches) sb.Append(b).Append('\n');
        foreach (var i in t.Instances) sb.Append(i).Append('\n');
        return sb.ToString();
    }
}

/// <summary>Tickets in each reachable state, reached through the machine itself (never by hand).</summary>
public static class Scenarios
{
    /// <summary>Batches 1 (CONTINUE, 1001-1002), 2 (PAUSE, 1003-1004), 3 (CONTINUE, 1005-1006).</summary>
    public static TicketBuilder ThreeBatches() => TicketBuilder.WithBatches((T.C, 2), (T.P, 2), (T.C, 2));

    public static Ticket Ready() => ThreeBatches().Build();

    /// <summary>PROCESSING, batch 1 running: 1001 and 1002 PROCESSING.</summary>
    public static Ticket Processing() => Ready().Then(T.Start);

    /// <summary>PAUSED by PAUSE_ORDER while batch 1 runs: 1001, 1002 still PROCESSING.</summary>
    public static Ticket PausedMidBatch() => Processing().Then(T.Pause);

    /// <summary>PAUSED by PAUSE_ORDER before the ticket started.</summary>
    public static Ticket PausedBeforeStart() => Ready().Then(T.Pause);

    /// <summary>PAUSED after batch 2 (PAUSE) ended: batches 1, 2 FINISHED, current = 3, 1005-1006 READY.</summary>
    public static Ticket PausedBetweenBatches() => Processing().Ok(1001, 1002, 1003, 1004);

    /// <summary>ABNORMAL after batch 1 broke the rate (100%): 1001 ABNORMAL, 1002 FINISHED; batches 2, 3 READY.</summary>
    public static Ticket AbnormalWithBatchesLeft() => Processing().Ko(1001).Ok(1002);

    /// <summary>ABNORMAL after the last batch (rate 100): 1006 ABNORMAL, the others FINISHED.</summary>
    public static Ticket AbnormalAfterLastBatch() =>
        Processing().Ok(1001, 1002, 1003, 1004).Then(T.Continue).Ok(1005).Ko(1006);

    /// <summary>FINISHED, every host FINISHED.</summary>
    public static Ticket Finished() => Processing().Ok(1001, 1002, 1003, 1004).Then(T.Continue).Ok(1005, 1006);

    /// <summary>FINISHED at 50%: 1001 ABNORMAL, 1002 FINISHED; one batch (CONTINUE) only.</summary>
    public static Ticket FinishedWithAFailure() =>
        TicketBuilder.WithBatches((T.C, 2)).SuccessRate(50).Build().Then(T.Start).Ko(1001).Ok(1002);

    /// <summary>
    /// CANCELED by CANCEL_ORDER while batch 1 (1001-1003) ran, rate 10: 1001 ABNORMAL, 1002-1003 killed and CANCELED,
    /// 1004 (batch 2) CANCELED.
    /// </summary>
    public static Ticket Canceled() =>
        TicketBuilder.WithBatches((T.C, 3), (T.C, 1)).SuccessRate(10).Build().Then(T.Start).Ko(1001).Then(T.CancelOrder);

    public static IEnumerable<(string Name, Func<Ticket> Make)> All() =>
    [
        ("READY", Ready),
        ("PROCESSING", Processing),
        ("PAUSED mid-batch", PausedMidBatch),
        ("PAUSED before start", PausedBeforeStart),
        ("PAUSED between batches", PausedBetweenBatches),
        ("ABNORMAL with batches left", AbnormalWithBatchesLeft),
        ("ABNORMAL after last batch", AbnormalAfterLastBatch),
        ("FINISHED", Finished),
        ("FINISHED with a failure", FinishedWithAFailure),
        ("CANCELED", Canceled),
    ];

    public static Ticket ByName(string name) => All().Single(s => s.Name == name).Make();
}
