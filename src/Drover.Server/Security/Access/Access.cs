namespace Drover.Server.Security.Access;

/// <summary>
/// What an endpoint asks of its caller, as endpoint metadata. An endpoint without it needs <c>viewer</c> to read
/// (GET, HEAD) and <c>operator</c> for anything else: a new endpoint is never open by accident.
/// </summary>
public sealed record Access(ProjectRole? Role)
{
    /// <summary>Any authenticated caller, with or without a role in the project: the endpoint decides (self-service).</summary>
    public static readonly Access Authenticated = new((ProjectRole?)null);

    public static Access Default(string method) =>
        new(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? ProjectRole.Viewer : ProjectRole.Operator);
}

public static class AccessEndpoints
{
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, ProjectRole role) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Access(role));

    /// <summary>For endpoints that check the caller themselves (own keys, own password, own tokens).</summary>
    public static TBuilder AllowAuthenticated<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Access.Authenticated);
}
