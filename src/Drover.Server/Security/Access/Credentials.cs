using Drover.Domain.Common;
using Drover.Server.Http;
using Drover.Server.Security.Identity;

namespace Drover.Server.Security.Access;

/// <summary>
/// Who a REST request is from: an SDK-signed request (<c>Authorization: SDK-HMAC-SHA256 ...</c>), else the token in
/// <c>X-Auth-Token</c> (the bootstrap secret or a user token; on <c>/metrics</c> also <c>Authorization: Bearer</c>).
/// Anything else is 401, with one message for every kind of failure so a caller learns nothing about which part was wrong.
/// </summary>
public sealed class Credentials(BootstrapSecret bootstrap, Tokens tokens, SignedCallers signed)
{
    public const string Refused = "Token missing or invalid.";

    public async Task<Principal> AuthenticateAsync(HttpContext ctx)
    {
        var ct = ctx.RequestAborted;
        if (SignedCallers.IsSigned(ctx.Request))
            return await signed.AuthenticateAsync(ctx, ct);
        var presented = ctx.Request.Headers["X-Auth-Token"].ToString();
        // On /metrics only, the same tokens as a bearer token: a Prometheus scrape can set no other header. Elsewhere a
        // bearer token is no credential (COC's clients send X-Auth-Token; one header to guard, one to log-scrub).
        if (presented.Length == 0 && ctx.Request.Path.Equals("/metrics", StringComparison.Ordinal)
            && ctx.Request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal))
            presented = auth["Bearer ".Length..].Trim();
        if (presented.Length == 0) throw Unauthorized();
        if (bootstrap.Matches(presented)) return Principal.Bootstrap;
        if (await tokens.FindAsync(presented, ct) is { } found)
            return new Principal(CredentialKind.Token, found.User.UserId, found.User.Name, found.Token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), found.Token.ProjectId);
        throw Unauthorized();
    }

    public static CocError Unauthorized(string message = Refused) => new(401, ErrorCodes.Unauthorized, message);
}
