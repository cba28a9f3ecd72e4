using Drover.Domain.Common;
using Drover.Server.Http;
using Drover.Server.Security;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Scripts.Api;

public static class ScriptLookup
{
    /// <summary>The caller's script, or COC's not-found 400. Another project's script is answered exactly like a missing one.</summary>
    public static async Task<ScriptRow> FindAsync(DroverDb db, Caller caller, string uuid, CancellationToken ct)
    {
        if (uuid.Length is 0 or > 25) throw CocError.BadRequest(ErrorCodes.ScriptInvalid, $"script_uuid: invalid script uuid '{uuid}'");
        return await db.Scripts.FirstOrDefaultAsync(s => s.ScriptUuid == uuid && s.ProjectId == caller.ProjectId, ct)
            ?? throw NotFound(uuid);
    }

    public static CocError NotFound(string uuid) => CocError.BadRequest(ErrorCodes.ScriptNotFound, $"script_uuid: script {uuid} does not exist");

    /// <summary>
    /// Saves changes to a script found by <see cref="FindAsync"/>. A script deleted by a concurrent request between
    /// the lookup and the save is answered as not found (what the request would have got a moment later), not a 500.
    /// </summary>
    public static async Task SaveAsync(DroverDb db, string uuid, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw NotFound(uuid);
        }
    }
}
