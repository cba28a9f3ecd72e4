using Drover.Domain.Common;
using Drover.Server.Http;

namespace Drover.Server.Security.Access;

/// <summary>
/// Every API request: authenticate (<see cref="Credentials"/>), find the project and role (<see cref="ProjectScope"/>),
/// and check the endpoint's <see cref="Access"/> before it runs. Only <c>POST /v3/auth/tokens</c> (trading a password
/// for a token) is open.
/// </summary>
public sealed class RequestAuthentication(RequestDelegate next, Credentials credentials, ProjectScope scope)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        if (IsOpen(ctx.Request))
        {
            await next(ctx);
            return;
        }
        var who = await credentials.AuthenticateAsync(ctx);
        var caller = await scope.ResolveAsync(who, ctx);
        ctx.Items[typeof(Caller)] = caller;
        var access = ctx.GetEndpoint()?.Metadata.GetMetadata<Access>() ?? Access.Default(ctx.Request.Method);
        if (access.Role is { } needed) Require(caller, needed);
        await next(ctx);
    }

    /// <summary>403 unless the caller has <paramref name="needed"/> (or more) in its project.</summary>
    public static void Require(Caller caller, ProjectRole needed)
    {
        if (caller.Role is null)
            throw Forbidden(caller.ScopeProjectId is { } scoped && scoped != caller.ProjectId
                ? $"x-project-id: this token is scoped to project {scoped}, not {caller.ProjectId}"
                : $"x-project-id: {caller.UserName} has no role in project {caller.ProjectId}, or it does not exist");
        if (caller.Role < needed)
            throw Forbidden($"this needs the {needed.ToWire()} role in project {caller.ProjectId}; {caller.UserName} is {caller.Role.Value.ToWire()}");
    }

    public static CocError Forbidden(string message) => new(403, ErrorCodes.Forbidden, message);

    private static bool IsOpen(HttpRequest r) => HttpMethods.IsPost(r.Method) && r.Path.Equals("/v3/auth/tokens", StringComparison.OrdinalIgnoreCase);
}
