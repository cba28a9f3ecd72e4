using Drover.Server.Audit;
using Drover.Server.Storage;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Agents.Identity;

/// <summary>
/// Refused enrollments and agent streams go to the audit log like refused REST writes: a fake agent claiming a host,
/// or a token tried past its uses, leaves a trace an operator can find (<c>GET /v1/audit?action=agent.connect</c>).
/// </summary>
public sealed class AgentRefusals(IDbContextFactory<DroverDb> dbs, AuditLog audit, ILogger<AgentRefusals> log)
{
    public async Task RecordAsync(string projectId, string action, string target, string? source, RpcException refusal)
    {
        var entry = audit.Entry(projectId, new AuditActor("anonymous", "agent", null, source), action, Cut(target), null,
            Cut(refusal.Status.Detail), $"refused: {refusal.StatusCode}");
        try
        {
            await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
            db.Audit.Add(entry);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            log.LogError(e, "Could not audit a refused {Action}", action);
        }
    }

    private static string Cut(string s)
    {
        s = new string(s.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return s.Length <= 256 ? s : s[..256];
    }
}
