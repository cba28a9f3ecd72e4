using Drover.Server.Http;
using Drover.Server.Security;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Agents.Api;

/// <summary>
/// Extensions: <c>GET /v1/agents</c>, the hosts that can be targeted and whether they are ONLINE; <c>GET /v1/agents/admission</c>,
/// how this server is admitting agents (connected now, registering, waiting, admitted and refused since it started).
/// </summary>
public static class AgentEndpoints
{
    public sealed record AgentRowOut(
        long Id, string ResourceId, string RegionId, string HostName, IReadOnlyList<string> Ips, string Os, string AgentVersion,
        string AgentUser, string Status, long LastHeartbeat, long GmtCreated, string Credential);

    public sealed record AdmissionOut(
        int Connected, int Registering, int Queued, long Admitted, long Refused, int MaxConcurrent, int MaxQueued, int RetryAfterMs);

    private static readonly string[] Statuses = [Server.Agents.AgentStatus.Online, Server.Agents.AgentStatus.Offline, Server.Agents.AgentStatus.Uninstalled];

    public static void MapAgents(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/agents");
        g.MapGet("", List);
        g.MapGet("/admission", Admission);
    }

    /// <summary>Counters of this server process (not of the project): admission is per server.</summary>
    private static IResult Admission(AgentAdmission admission, AgentSessions sessions)
    {
        var c = admission.Counters();
        return Envelope.Data(new AdmissionOut(sessions.Count, c.Registering, c.Queued, c.Admitted, c.Refused, c.MaxConcurrent, c.MaxQueued, c.RetryAfterMs));
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
        var ids = rows.Select(a => a.ResourceId).ToList();
        var credentials = (await db.AgentCredentials.AsNoTracking()
                .Where(c => c.ProjectId == caller.ProjectId && ids.Contains(c.ResourceId)).ToListAsync(ctx.RequestAborted))
            .ToDictionary(c => (c.ResourceId, c.RegionId), c => c.RevokedAt is null ? "ACTIVE" : "REVOKED");
        return Envelope.Page(total, rows.Select(a => new AgentRowOut(
            a.Id, a.ResourceId, a.RegionId, a.HostName, StorageJson.Read<List<string>>(a.IpsJson), a.Os, a.AgentVersion,
            a.AgentUser, a.Status, a.LastHeartbeat, a.GmtCreated, credentials.GetValueOrDefault((a.ResourceId, a.RegionId), "NONE"))).ToList());
    }
}
