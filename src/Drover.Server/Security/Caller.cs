namespace Drover.Server.Security;

/// <summary>Who is calling and in which project: every query is scoped by <see cref="ProjectId"/>.</summary>
public sealed record Caller(string ProjectId, string UserName, string UserId)
{
    public static Caller Of(HttpContext ctx) =>
        ctx.Items[typeof(Caller)] as Caller ?? throw new InvalidOperationException("request was not authenticated");
}
