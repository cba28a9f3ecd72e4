using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Security.Identity;

/// <summary>User tokens: issued for a password, kept only as hashes, expiring, revocable.</summary>
public sealed class Tokens(IDbContextFactory<DroverDb> dbs, IOptions<SecurityOptions> options, TimeProvider clock)
{
    /// <summary>A token's text starts with this, so it is recognisable in a leak scan (and never mistaken for the bootstrap secret).</summary>
    public const string Prefix = "drvt_";

    public async Task<(string Token, TokenRow Row)> IssueAsync(DroverDb db, UserRow user, string? scopeProjectId, CancellationToken ct)
    {
        var token = Prefix + SecretFiles.NewSecret();
        var now = clock.GetUtcNow();
        var row = new TokenRow
        {
            TokenHash = SecretHash.Of(token), UserId = user.UserId, ProjectId = scopeProjectId,
            IssuedAt = now.ToUnixTimeMilliseconds(), ExpiresAt = now.AddHours(options.Value.TokenHours).ToUnixTimeMilliseconds(),
        };
        db.Tokens.Add(row);
        await db.SaveChangesAsync(ct);
        return (token, row);
    }

    /// <summary>The live token (not expired, not revoked) and its user, or null.</summary>
    public async Task<(TokenRow Token, UserRow User)?> FindAsync(string token, CancellationToken ct)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 128) return null;
        var hash = SecretHash.Of(token);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var found = await LiveToken(db, hash, now, ct);
        return found is null ? null : (found.Token, found.User);
    }

    private sealed record Found(TokenRow Token, UserRow User);

    // Compiled once: every request with a token asks it (see ProjectScope).
    private static readonly Func<DroverDb, string, long, CancellationToken, Task<Found?>> LiveToken =
        EF.CompileAsyncQuery((DroverDb db, string hash, long now, CancellationToken _) => db.Tokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Join(db.Users.AsNoTracking(), t => t.UserId, u => u.UserId, (t, u) => new Found(t, u))
            .FirstOrDefault());

    public async Task<bool> RevokeAsync(DroverDb db, string token, CancellationToken ct)
    {
        var hash = SecretHash.Of(token);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await db.Tokens.Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct) > 0;
    }

    /// <summary>Every live token of the user (a password change, a deleted user).</summary>
    public async Task RevokeAllAsync(DroverDb db, string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.Tokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
    }
}
