using Drover.Server.Security;

namespace Drover.Server.Storage;

// Identities and credentials (docs/security.md). Secrets are never stored as given: tokens, enrollment tokens and agent
// credentials as SHA-256 hashes (they are long random strings, so a fast hash is enough), passwords as slow salted
// hashes, access-key secrets encrypted (the server must recompute HMACs with them).

public sealed class ProjectRow
{
    public long Id { get; set; }
    /// <summary>What <c>x-project-id</c> names: <c>default</c>, or 32 lowercase hex digits.</summary>
    public required string ProjectId { get; set; }
    public required string Name { get; set; }
    public long GmtCreated { get; set; }
}

public sealed class UserRow
{
    public long Id { get; set; }
    /// <summary>32 lowercase hex digits, as IAM user ids (COC's <c>creator_id</c>, <c>reviewer_id</c>).</summary>
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public required string PasswordHash { get; set; }
    public long GmtCreated { get; set; }
}

/// <summary>A user's one role in one project.</summary>
public sealed class RoleRow
{
    public required string UserId { get; set; }
    public required string ProjectId { get; set; }
    public required ProjectRole Role { get; set; }
}

public sealed class TokenRow
{
    public long Id { get; set; }
    public required string TokenHash { get; set; }
    public required string UserId { get; set; }
    /// <summary>The project the token is scoped to; null: unscoped (any project the user has a role in).</summary>
    public string? ProjectId { get; set; }
    public long IssuedAt { get; set; }
    public long ExpiresAt { get; set; }
    public long? RevokedAt { get; set; }
}

public sealed class AccessKeyRow
{
    public long Id { get; set; }
    public required string AccessKey { get; set; }
    public required string UserId { get; set; }
    /// <summary>The secret key, sealed with the server's secret key (Security/Secrets).</summary>
    public required string SecretSealed { get; set; }
    public long GmtCreated { get; set; }
    public long? LastUsed { get; set; }
}

public sealed class EnrollmentRow
{
    public long Id { get; set; }
    public required string EnrollmentId { get; set; }
    public required string TokenHash { get; set; }
    public required string ProjectId { get; set; }
    public string? ResourceIdPrefix { get; set; }
    public long ExpiresAt { get; set; }
    public int MaxUses { get; set; }
    /// <summary>Hosts enrolled with it so far: each host is one use.</summary>
    public int Uses { get; set; }
    public required string CreatedBy { get; set; }
    public long GmtCreated { get; set; }
    public long? RevokedAt { get; set; }
}

/// <summary>One host's agent credential: one row per host, replaced when a revoked host enrolls again.</summary>
public sealed class AgentCredentialRow
{
    public long Id { get; set; }
    public required string ProjectId { get; set; }
    public required string ResourceId { get; set; }
    public required string RegionId { get; set; }
    public required string CredentialHash { get; set; }
    public required string EnrollmentId { get; set; }
    public long GmtCreated { get; set; }
    public long? RevokedAt { get; set; }
}

/// <summary>
/// A signed write already accepted (its signature), kept for as long as its <c>X-Sdk-Date</c> could still pass the
/// clock window: the same signed request sent again is a replay, refused by any replica.
/// </summary>
public sealed class SeenSignatureRow
{
    public required string Signature { get; set; }
    public long SeenAt { get; set; }
}
