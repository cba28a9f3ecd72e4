namespace Drover.Server.Agents;

/// <summary>semantics §2: ONLINE, OFFLINE (missed heartbeats past the lease), UNINSTALLED (deregistered).</summary>
public static class AgentStatus
{
    public const string Online = "ONLINE";
    public const string Offline = "OFFLINE";
    public const string Uninstalled = "UNINSTALLED";
}
