using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Identity;

/// <summary>
/// Before projects were created explicitly, any <c>x-project-id</c> made one. At start, every project id the data
/// names gets its project (named as its id), so an upgraded install keeps reaching everything it had.
/// </summary>
public static class ProjectAdoption
{
    public static async Task<int> AdoptAsync(IDbContextFactory<DroverDb> dbs, TimeProvider clock, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var named = await db.Scripts.Select(x => x.ProjectId)
            .Union(db.Tickets.Select(x => x.ProjectId))
            .Union(db.Documents.Select(x => x.ProjectId))
            .Union(db.Executions.Select(x => x.ProjectId))
            .Union(db.Agents.Select(x => x.ProjectId))
            .Distinct().ToListAsync(ct);
        var known = await db.Projects.Select(p => p.ProjectId).ToListAsync(ct);
        var missing = named.Except(known).ToList();
        foreach (var id in missing)
            db.Projects.Add(new ProjectRow { ProjectId = id, Name = id, GmtCreated = clock.GetUtcNow().ToUnixTimeMilliseconds() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another replica adopted them at the same moment (or a project is already named like one of these ids).
        }
        return missing.Count;
    }
}
