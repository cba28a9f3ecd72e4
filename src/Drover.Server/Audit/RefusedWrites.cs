using Drover.Server.Http;
using Drover.Server.Security;
using Drover.Server.Security.Access;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Audit;

/// <summary>
/// Records every write the API refused (any status of 400 or more), with the error code it got: accepted writes are
/// audited with their change, refused ones here, after the answer. Refusals before authentication are recorded as
/// <c>anonymous</c> with the client's address.
/// </summary>
public sealed class RefusedWrites(RequestDelegate next, IDbContextFactory<DroverDb> dbs, AuditLog audit, ILogger<RefusedWrites> log)
{
    private const string RecordedKey = "drover.audit.recorded";

    /// <summary>The endpoint audited its own refusal (with more detail than this middleware knows).</summary>
    public static void MarkRecorded(HttpContext ctx) => ctx.Items[RecordedKey] = true;

    public async Task InvokeAsync(HttpContext ctx)
    {
        await next(ctx);
        var method = ctx.Request.Method;
        if (ctx.Response.StatusCode < 400 || HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)) return;
        if (ctx.Items.ContainsKey(RecordedKey)) return;
        var caller = Caller.Find(ctx);
        var actor = caller is null
            ? new AuditActor("anonymous", "anonymous", null, AuditLog.SourceOf(ctx))
            : AuditLog.ActorOf(caller) with { Source = AuditLog.SourceOf(ctx) };
        var code = ctx.Items[CocErrorMiddleware.ErrorCodeKey] as string ?? "none";
        var path = ctx.Request.Path.ToString();
        var entry = audit.Entry(caller?.ProjectId ?? ProjectScope.DefaultProject, actor, $"{method} {Cut(path, 200)}", Cut(path, 256),
            AuditLog.RequestId(ctx), null, $"refused: {code} (HTTP {ctx.Response.StatusCode})");
        try
        {
            await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
            db.Audit.Add(entry);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            log.LogError(e, "Could not audit a refused {Method} {Path}", method, path);
        }
    }

    private static string Cut(string s, int max)
    {
        s = new string(s.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return s.Length <= max ? s : s[..max];
    }
}
