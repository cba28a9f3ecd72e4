using Drover.Domain.Common;
using Drover.Domain.Tickets;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;

using Drover.Server.Tickets.Engine;

namespace Drover.Server.Tickets.Api;

public static class TicketMapping
{
    public static long? Costs(long start, long? end) => end is { } e ? Math.Max(0, e - start) : null;

    /// <summary>What a list row shows of a ticket, read alone (a ticket row also holds its script and parameters).</summary>
    public sealed record Listed(long Id, string ScriptName, string ExecuteUuid, long GmtCreated, long? GmtFinished, string Creator,
        TicketStatus Status, string RegionIds);

    public static TicketListRow ToListRow(Listed t) => new(
        t.Id, t.ScriptName, t.ExecuteUuid, t.GmtCreated, t.GmtFinished, Costs(t.GmtCreated, t.GmtFinished), t.Creator, t.Status.ToWire(),
        new TicketListProperties(t.RegionIds));

    public static TicketInfo ToInfo(TicketRow t, int totalBatches)
    {
        var ps = SealedParameters.Shown(t.ParamsJson);
        var param = new ExecuteParamOut(
            t.ExecuteUser, t.TimeoutSeconds, new SuccessRate(t.SuccessRateTenths).Percent, true,
            ps.Select((p, i) => new ExecuteParamValueOut(p.Name, p.Value, i + 1)).ToList(),
            t.MaxConcurrency, t.WaitAgentSeconds);
        return new TicketInfo(t.ExecuteUuid, t.GmtCreated, t.GmtFinished, Costs(t.GmtCreated, t.GmtFinished), t.Creator, t.Status.ToWire(),
            new TicketInfoProperties(t.ScriptUuid, t.ScriptName, "CUSTOM_SCRIPT", t.ScriptVersion, t.CurrentBatchIndex, totalBatches, param));
    }

    /// <summary>A batch's status, which COC leaves to the reader: derived from its hosts.</summary>
    public static InstanceStatus BatchStatus(IReadOnlyCollection<InstanceStatus> hostStatuses) =>
        TicketChange.BatchStatusOf(hostStatuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()));
}
