namespace Drover.Server.Security.Access;

/// <summary>
/// A proven identity, before its project is known. <see cref="CredentialId"/>: the access key, or the token row's id;
/// <see cref="ScopeProjectId"/>: the project a scoped token is limited to.
/// </summary>
public sealed record Principal(CredentialKind Kind, string UserId, string UserName, string? CredentialId, string? ScopeProjectId)
{
    public static readonly Principal Bootstrap = new(CredentialKind.Bootstrap, Caller.BootstrapName, Caller.BootstrapName, null, null);
}
