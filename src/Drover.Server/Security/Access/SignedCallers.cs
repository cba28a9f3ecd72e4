using System.Security.Cryptography;
using System.Text;
using Drover.Server.Security.Secrets;
using Drover.Server.Security.Signing;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Security.Access;

/// <summary>
/// Requests signed with an access key as the Huawei Cloud SDKs sign them. The signature covers the method, path, query,
/// the signed headers (always <c>host</c> and <c>X-Sdk-Date</c>) and the body; the date must be within the window of the
/// server's clock; a signed write is accepted once (a replay of it is refused).
/// </summary>
public sealed class SignedCallers(IDbContextFactory<DroverDb> dbs, SecretBox box, IOptions<SecurityOptions> options, TimeProvider clock, ILogger<SignedCallers> log)
{
    /// <summary>The purpose access-key secrets are sealed for.</summary>
    public const string SecretPurpose = "access-key-secret";

    /// <summary>Signed bodies are hashed in full before the endpoint runs: bounded like any request body.</summary>
    public const long MaxSignedBodyBytes = 16 * 1024 * 1024;

    public static bool IsSigned(HttpRequest r) => r.Headers.Authorization.ToString().StartsWith("SDK-HMAC-SHA256", StringComparison.Ordinal);

    public async Task<Principal> AuthenticateAsync(HttpContext ctx, CancellationToken ct)
    {
        var parts = await SignedRequest.ReadAsync(ctx.Request, MaxSignedBodyBytes, ct);
        if (parts is null) throw Credentials.Unauthorized();
        if (parts.Problem is { } problem) throw Credentials.Unauthorized($"Signature refused: {problem.TrimEnd('.')}.");
        // The project a signed request acts in must be signed too, or a captured request could be replayed into another.
        if (ctx.Request.Headers.ContainsKey("X-Project-Id")
            && SdkSignature.TryParseAuthorization(ctx.Request.Headers.Authorization.ToString(), out var auth, out _)
            && !auth.SignedHeaders.Contains("x-project-id"))
            throw Credentials.Unauthorized("Signature refused: X-Project-Id is sent but not among the signed headers.");
        // A raw '+' is signed as itself but read by the endpoint as a space: the SDKs send %2B and %20, so refuse the ambiguity.
        if (ctx.Request.QueryString.Value?.Contains('+') == true)
            throw Credentials.Unauthorized("Signature refused: a signed query must encode '+' as %2B and spaces as %20.");
        var window = TimeSpan.FromMinutes(options.Value.SignatureWindowMinutes);
        var now = clock.GetUtcNow();
        if ((parts.SignedAt - now).Duration() > window)
            throw Credentials.Unauthorized($"Signature refused: X-Sdk-Date {parts.SdkDate} is more than {window.TotalMinutes:0} minutes from the server's clock.");

        await using var db = await dbs.CreateDbContextAsync(ct);
        var key = await db.AccessKeys.AsNoTracking().Where(k => k.AccessKey == parts.AccessKey)
            .Join(db.Users.AsNoTracking(), k => k.UserId, u => u.UserId, (k, u) => new { k, u }).FirstOrDefaultAsync(ct);
        string? secret = null;
        try
        {
            if (key is not null) secret = box.Open(key.k.SecretSealed, SecretPurpose);
        }
        catch (CryptographicException e)
        {
            // The server's sealing key is not the one that sealed this secret (Drover:Security:SecretKey changed without
            // PreviousSecretKeys): the operator's problem to fix, the caller's request simply not provable.
            log.LogError("Access key {AccessKey}: its secret cannot be opened ({Reason}); check Drover:Security:SecretKey", parts.AccessKey, e.Message);
            key = null;
        }
        // An unknown key is checked against a throwaway secret, so it costs as long as a wrong signature.
        var verified = parts.Verify(Encoding.UTF8.GetBytes(secret ?? "unknown access key"));
        if (key is null || !verified) throw Credentials.Unauthorized("Signature refused: unknown access key or wrong signature.");

        if (!HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsHead(ctx.Request.Method))
            await RefuseReplayAsync(db, parts.Signature, now, window, ct);
        if (key.k.LastUsed is not { } used || now.ToUnixTimeMilliseconds() - used > 60_000)
            await db.AccessKeys.Where(k => k.Id == key.k.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsed, now.ToUnixTimeMilliseconds()), ct);
        return new Principal(CredentialKind.AccessKey, key.u.UserId, key.u.Name, key.k.AccessKey, null);
    }

    /// <summary>
    /// The SDKs date a request to the second and add nothing random, so a client sending the same write twice within one
    /// second sends the same signature twice: that is allowed for this long after the first was seen. Later, it is a replay.
    /// </summary>
    public static readonly TimeSpan SameSecondGrace = TimeSpan.FromSeconds(2);

    /// <summary>Records the signature; one already recorded (by any replica) past <see cref="SameSecondGrace"/> is a replay. Old records are swept here too.</summary>
    private static async Task RefuseReplayAsync(DroverDb db, string signature, DateTimeOffset now, TimeSpan window, CancellationToken ct)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(signature)));
        var at = now.ToUnixTimeMilliseconds();
        if (Random.Shared.Next(100) == 0)
        {
            var before = at - (long)(2 * window).TotalMilliseconds;
            await db.SeenSignatures.Where(s => s.SeenAt < before).ExecuteDeleteAsync(ct);
        }
        // Looked up first, so the usual repeat is no failed insert in the log; the insert's unique key still decides a race.
        var first = await db.SeenSignatures.AsNoTracking().Where(s => s.Signature == id).Select(s => (long?)s.SeenAt).FirstOrDefaultAsync(ct);
        if (first is null)
        {
            db.SeenSignatures.Add(new SeenSignatureRow { Signature = id, SeenAt = at });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                first = await db.SeenSignatures.AsNoTracking().Where(s => s.Signature == id).Select(s => (long?)s.SeenAt).FirstOrDefaultAsync(ct);
            }
        }
        if (first is { } seen && at - seen <= (long)SameSecondGrace.TotalMilliseconds) return;
        throw Credentials.Unauthorized("Signature refused: this signed request was already accepted once (a replay).");
    }
}
