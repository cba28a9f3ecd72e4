using System.Globalization;
using Drover.Domain.Common;
using Drover.Server.Http;
using Drover.Server.Security;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Jobs.Api;

public static class DocumentLookup
{
    /// <summary>The caller's job, or a not-found 400. Another project's job is answered exactly like a missing one.</summary>
    public static async Task<DocumentRow> FindAsync(DroverDb db, Caller caller, string documentId, CancellationToken ct) =>
        await db.Documents.FirstOrDefaultAsync(d => d.DocumentId == documentId && d.ProjectId == caller.ProjectId, ct)
            ?? throw NotFound(documentId);

    public static CocError NotFound(string documentId) =>
        CocError.BadRequest(ErrorCodes.DocumentNotFound, $"document_id: job {documentId} does not exist");

    /// <summary>A version of the job: <c>v1</c>, <c>v2</c>, ...; the latest when <paramref name="version"/> is null or empty.</summary>
    public static async Task<DocumentVersionRow> VersionAsync(DroverDb db, DocumentRow document, string? version, CancellationToken ct)
    {
        var number = string.IsNullOrEmpty(version) ? document.LatestVersion : Number(version);
        return await db.DocumentVersions.FirstOrDefaultAsync(v => v.DocumentRowId == document.Id && v.Number == number, ct)
            ?? throw CocError.BadRequest(ErrorCodes.DocumentVersionNotFound,
                $"version: job {document.DocumentId} has no version {version ?? "v" + number} (the latest is v{document.LatestVersion})");
    }

    /// <summary>"v3" → 3. A malformed version is a 400 naming the field.</summary>
    public static int Number(string version)
    {
        if (version.Length is < 2 or > 11 || version[0] != 'v'
            || !int.TryParse(version.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || version[1] == '0')
            throw CocError.Invalid("version", $"must be v1, v2, ... (got '{(version.Length > 32 ? version[..29] + "..." : version)}')");
        return n;
    }

    public static string Name(int number) => "v" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Saves changes to a job found by <see cref="FindAsync"/>. A job deleted by a concurrent request between the
    /// lookup and the save is answered as not found (what the request would have got a moment later), not a 500.
    /// </summary>
    public static async Task SaveAsync(DroverDb db, string documentId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw NotFound(documentId);
        }
    }
}
