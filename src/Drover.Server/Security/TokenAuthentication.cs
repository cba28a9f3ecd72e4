using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Drover.Domain.Common;
using Drover.Server.Api;

namespace Drover.Server.Security;

/// <summary>
/// For now one credential: the bootstrap admin token in <c>X-Auth-Token</c>. The project comes from
/// <c>x-project-id</c> (default <c>default</c>) and scopes everything the request reads or writes.
/// </summary>
public sealed partial class TokenAuthentication(RequestDelegate next, AdminToken token)
{
    public const string DefaultProject = "default";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}\\z")]
    private static partial Regex ProjectPattern();

    public async Task InvokeAsync(HttpContext ctx)
    {
        var presented = ctx.Request.Headers["X-Auth-Token"].ToString();
        if (presented.Length == 0 || !token.Matches(presented))
            throw new CocError(401, ErrorCodes.Unauthorized, "Token missing or invalid.");
        var project = ctx.Request.Headers["x-project-id"].ToString();
        if (project.Length == 0) project = DefaultProject;
        if (!ProjectPattern().IsMatch(project))
            throw CocError.Invalid("x-project-id", "must be 1-64 letters, digits, '_' or '-'");
        ctx.Items[typeof(Caller)] = new Caller(project, "admin", "admin");
        await next(ctx);
    }
}

/// <summary>The admin token, compared in constant time.</summary>
public sealed class AdminToken(string value)
{
    private readonly byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));

    public bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
