using Drover.Domain.Common;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Security.Access;
using Drover.Server.Security.Identity;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Api;

/// <summary>
/// <c>/v1/iam/users/{user_id}/access-keys</c>: key pairs for SDK signing. The secret is answered once, at creation, and
/// kept sealed (the server recomputes HMACs with it, so it cannot be a one-way hash).
/// </summary>
public static class AccessKeyEndpoints
{
    public const int MaxKeysPerUser = 5;

    public static void MapAccessKeys(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/iam/users/{user_id}/access-keys").AllowAuthenticated();
        g.MapPost("", Create);
        g.MapGet("", List);
        g.MapDelete("/{access}", Delete);
    }

    private static async Task<IResult> Create(HttpContext ctx, DroverDb db, SecretBox box, TimeProvider clock, AuditLog audit, string user_id)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        var user = await IamAccess.ManageableUserAsync(db, caller, user_id, ct);
        if (await db.AccessKeys.CountAsync(k => k.UserId == user_id, ct) >= MaxKeysPerUser)
            throw CocError.BadRequest(ErrorCodes.TooManyAccessKeys, $"user_id: {user.Name} has {MaxKeysPerUser} access keys already; delete one first");
        var secret = SecretFiles.NewSecret(30);
        var row = new AccessKeyRow
        {
            AccessKey = IamIds.NewAccessKey(), UserId = user_id, SecretSealed = box.Seal(secret, SignedCallers.SecretPurpose),
            GmtCreated = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.AccessKeys.Add(row);
        db.Audit.Add(audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "access_key.create", row.AccessKey, AuditLog.RequestId(ctx), user.Name));
        await db.SaveChangesAsync(ct);
        return Envelope.Data(new AccessKeyCreated(row.AccessKey, secret, user_id, row.GmtCreated));
    }

    private static async Task<IResult> List(HttpContext ctx, DroverDb db, string user_id)
    {
        await IamAccess.ManageableUserAsync(db, Caller.Of(ctx), user_id, ctx.RequestAborted);
        var rows = await db.AccessKeys.AsNoTracking().Where(k => k.UserId == user_id).OrderBy(k => k.Id).ToListAsync(ctx.RequestAborted);
        return Envelope.Page(rows.Count, rows.Select(k => new AccessKeyOut(k.AccessKey, k.UserId, k.GmtCreated, k.LastUsed)).ToList());
    }

    private static async Task<IResult> Delete(HttpContext ctx, DroverDb db, AuditLog audit, string user_id, string access)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        var user = await IamAccess.ManageableUserAsync(db, caller, user_id, ct);
        var row = await db.AccessKeys.FirstOrDefaultAsync(k => k.UserId == user_id && k.AccessKey == access, ct)
                  ?? throw CocError.BadRequest(ErrorCodes.AccessKeyNotFound, $"access: {user.Name} has no access key {access}");
        db.AccessKeys.Remove(row);
        db.Audit.Add(audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "access_key.delete", access, AuditLog.RequestId(ctx), user.Name));
        await db.SaveChangesAsync(ct);
        return Envelope.Data(access);
    }
}
