using Drover.Server.Security;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Api.Agents;

/// <summary>Extension: <c>GET /v1/agents</c>, the hosts that can be targeted and whether they are ONLINE.</summary>
public static class AgentEndpoints
{
    public sealed record AgentRowOut(
        long Id, string ResourceId, string RegionId, string HostName, IReadOnlyList<string> Ips, string Os, string AgentVersion,
        string AgentUser, string Status, long LastHeartbeat, long GmtCreated);

    private static readonly string[] Statuses = [Server.Agents.AgentStatus.Online, Server.Agents.AgentStatus.Offline, Server.Agents.AgentStatus.Uninstalled];

    public static void MapAgents(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1/agents").MapGet("", List);
    }

    private static async Task<IResult> List(HttpContext ctx, DroverDb db)
    {
        var caller = Caller.Of(ctx);
        var r = ctx.Request;
        var limit = Query.Int(r, "limit", 1, 100) ?? 100;
        var marker = Query.Long(r, "marker", 1, long.MaxValue);
        var status = Query.String(r, "status", 1, 16);
        if (status is not null && !Statuses.Contains(status)) throw CocError.Invalid("status", $"must be one of {string.Join(", ", Statuses)}");
        var region = Query.String(r, "region_id", 1, 32);
        var resource = Query.String(r, "resource_id", 1, 64);
        var hostLike = Query.String(r, "host_name", 1, 255);

        var q = db.Agents.AsNoTracking().Where(a => a.ProjectId == caller.ProjectId);
        if (status is not null) q = q.Where(a => a.Status == status);
        if (region is not null) q = q.Where(a => a.RegionId == region);
        if (resource is not null) q = q.Where(a => a.ResourceId == resource);
        if (hostLike is not null) q = q.Where(a => a.HostName.Contains(hostLike));
        var total = await q.LongCountAsync(ctx.RequestAborted);
        if (marker is { } m) q = q.Where(a => a.Id < m);
        var rows = await q.OrderByDescending(a => a.Id).Take(limit).ToListAsync(ctx.RequestAborted);
        return Envelope.Page(total, rows.Select(a => new AgentRowOut(
            a.Id, a.ResourceId, a.RegionId, a.HostName, StorageJson.Read<List<string>>(a.IpsJson), a.Os, a.AgentVersion,
            a.AgentUser, a.Status, a.LastHeartbeat, a.GmtCreated)).ToList());
    }
}
