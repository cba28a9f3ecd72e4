using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Domain.Tickets;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;

namespace Drover.Server.Api.Tickets;

public static class TicketMapping
{
    public static long? Costs(long start, long? end) => end is { } e ? Math.Max(0, e - start) : null;

    public static TicketListRow ToListRow(TicketRow t) => new(
        t.Id, t.ScriptName, t.ExecuteUuid, t.GmtCreated, t.GmtFinished, Costs(t.GmtCreated, t.GmtFinished), t.Creator, t.Status,
        new TicketListProperties(t.RegionIds));

    public static TicketInfo ToInfo(TicketRow t, int totalBatches)
    {
        var ps = SealedParameters.Shown(t.ParamsJson);
        var param = new ExecuteParamOut(
            t.ExecuteUser, t.TimeoutSeconds, new SuccessRate(t.SuccessRateTenths).Percent, true,
            ps.Select((p, i) => new ExecuteParamValueOut(p.Name, p.Value, i + 1)).ToList(),
            t.MaxConcurrency, t.WaitAgentSeconds);
        return new TicketInfo(t.ExecuteUuid, t.GmtCreated, t.GmtFinished, Costs(t.GmtCreated, t.GmtFinished), t.Creator, t.Status,
            new TicketInfoProperties(t.ScriptUuid, t.ScriptName, "CUSTOM_SCRIPT", t.ScriptVersion, t.CurrentBatchIndex, totalBatches, param));
    }

    /// <summary>A batch's status, which COC leaves to the reader: derived from its hosts.</summary>
    public static string BatchStatus(IReadOnlyCollection<string> hostStatuses)
    {
        static bool Is(string s, InstanceStatus x) => s == x.ToWire();
        if (hostStatuses.Count == 0) return InstanceStatus.Ready.ToWire();
        if (hostStatuses.All(s => Is(s, InstanceStatus.Ready))) return InstanceStatus.Ready.ToWire();
        if (hostStatuses.Any(s => Is(s, InstanceStatus.Processing) || Is(s, InstanceStatus.Ready))) return InstanceStatus.Processing.ToWire();
        if (hostStatuses.Any(s => Is(s, InstanceStatus.Abnormal))) return InstanceStatus.Abnormal.ToWire();
        if (hostStatuses.All(s => Is(s, InstanceStatus.Canceled))) return InstanceStatus.Canceled.ToWire();
        return InstanceStatus.Finished.ToWire();
    }
}
