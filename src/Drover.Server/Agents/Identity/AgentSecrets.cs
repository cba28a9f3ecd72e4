using Drover.Server.Security.Secrets;

namespace Drover.Server.Agents.Identity;

/// <summary>The shapes of agent-side secrets: recognisable by prefix in a leak scan, 256 random bits each.</summary>
public static class AgentSecrets
{
    public const string EnrollmentPrefix = "drve_";
    public const string CredentialPrefix = "drva_";

    public static string NewEnrollmentToken() => EnrollmentPrefix + SecretFiles.NewSecret();

    public static string NewCredential() => CredentialPrefix + SecretFiles.NewSecret();
}
