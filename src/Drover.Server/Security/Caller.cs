namespace Drover.Server.Security;

/// <summary>
/// Who is calling, how they proved it, and in which project with which role. Every query is scoped by
/// <see cref="ProjectId"/>; <see cref="Role"/> is null when the caller has no role there (only endpoints that need none
/// run then, see <see cref="Access.Access"/>).
/// </summary>
public sealed record Caller(
    string ProjectId, string UserName, string UserId, CredentialKind Kind, ProjectRole? Role, string? CredentialId, string? ScopeProjectId,
    string? Source = null)
{
    public bool IsBootstrap => Kind == CredentialKind.Bootstrap;

    public bool Has(ProjectRole role) => Role is { } r && r >= role;

    public static Caller Of(HttpContext ctx) =>
        ctx.Items[typeof(Caller)] as Caller ?? throw new InvalidOperationException("request was not authenticated");

    public static Caller? Find(HttpContext ctx) => ctx.Items[typeof(Caller)] as Caller;

    /// <summary>
    /// Drover acting on a user's behalf after the request that asked for it (a job's scripts step creating its ticket as
    /// the execution's creator).
    /// </summary>
    public static Caller Internal(string projectId, string userName, string userId) =>
        new(projectId, userName, userId, CredentialKind.Internal, ProjectRole.Operator, null, null);

    /// <summary>The bootstrap admin's name wherever a user name is recorded (creator, operator, audit).</summary>
    public const string BootstrapName = "bootstrap";
}

/// <summary>How a caller proved who it is. Agents and enrollments never reach the REST API.</summary>
public enum CredentialKind
{
    Bootstrap,
    Token,
    AccessKey,
    /// <summary>Drover itself, carrying out work a caller started (see <see cref="Caller.Internal"/>).</summary>
    Internal,
}
