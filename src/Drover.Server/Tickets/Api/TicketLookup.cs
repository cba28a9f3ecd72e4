using Drover.Domain.Common;
using Drover.Server.Http;
using Drover.Server.Security;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Tickets.Api;

public static class TicketLookup
{
    /// <summary>The caller's ticket, or COC's not-found 400. Another project's ticket is answered like a missing one.</summary>
    public static async Task<TicketRow> FindAsync(DroverDb db, Caller caller, string uuid, CancellationToken ct)
    {
        if (uuid.Length is 0 or > 26) throw CocError.BadRequest(ErrorCodes.TicketNotFound, $"execute_uuid: invalid ticket id '{uuid}'");
        return await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.ExecuteUuid == uuid && t.ProjectId == caller.ProjectId, ct)
            ?? throw CocError.BadRequest(ErrorCodes.TicketNotFound, $"execute_uuid: script ticket {uuid} does not exist");
    }
}
