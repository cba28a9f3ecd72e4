using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Events;

/// <summary>The change events of tickets and executions: written by their writers' commits, read by the event streams.</summary>
public static class ChangeEvents
{
    public static ChangeEventRow Row<T>(ChangeSubject subject, long subjectId, long version, TimeProvider clock, T change) => new()
    {
        Subject = subject, SubjectId = subjectId, Version = version, At = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        Payload = StorageJson.Write(change),
    };

    /// <summary>The subject's events after <paramref name="version"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public static Task<List<ChangeEventRow>> AfterAsync(DroverDb db, ChangeSubject subject, long subjectId, long version, int limit, CancellationToken ct) =>
        db.ChangeEvents.AsNoTracking()
            .Where(e => e.Subject == subject && e.SubjectId == subjectId && e.Version > version)
            .OrderBy(e => e.Version).Take(limit).ToListAsync(ct);

    public static Task<bool> ExistsAsync(DroverDb db, ChangeSubject subject, long subjectId, long version, CancellationToken ct) =>
        db.ChangeEvents.AnyAsync(e => e.Subject == subject && e.SubjectId == subjectId && e.Version == version, ct);
}
