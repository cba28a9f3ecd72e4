namespace Drover.Server.Security;

/// <summary>Configuration section <c>Drover:Security</c>.</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// The bootstrap admin secret. Prefer <see cref="AdminTokenFile"/> or the environment (<c>DROVER_ADMIN_TOKEN</c>): a
    /// command-line value is readable by every local user. Unset: kept in <c>&lt;data-dir&gt;/admin-token</c>, generated
    /// and printed once on first start.
    /// </summary>
    public string? AdminToken { get; set; }

    /// <summary>A file holding the bootstrap admin secret.</summary>
    public string? AdminTokenFile { get; set; }

    /// <summary>
    /// The key that seals secrets at rest (access-key secrets, sensitive parameter values, the globals behind HTTP
    /// headers): base64 of 32 bytes. Replicas must share it. Unset: the
    /// key in <see cref="SecretKeyFile"/>.
    /// </summary>
    public string? SecretKey { get; set; }

    /// <summary>Where the sealing key is kept (default <c>&lt;data-dir&gt;/secret.key</c>, created 0600 on first start).</summary>
    public string? SecretKeyFile { get; set; }

    /// <summary>Keys that sealed older secrets (base64, comma-separated): still opened, never used to seal. See docs/security.md, rotation.</summary>
    public string? PreviousSecretKeys { get; set; }

    /// <summary>How long a token from <c>POST /v3/auth/tokens</c> lasts.</summary>
    public int TokenHours { get; set; } = 24;

    /// <summary>How far a signed request's <c>X-Sdk-Date</c> may be from the server's clock.</summary>
    public int SignatureWindowMinutes { get; set; } = 15;

    /// <summary>Whether a script whose content has a HIGH-risk finding must name reviewers to be created or edited.</summary>
    public bool HighRiskNeedsReviewers { get; set; } = true;
}
