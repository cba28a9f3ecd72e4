using Drover.Server.Agents.Identity;

namespace Drover.Server.Agents;

public static class AgentRegistration
{
    /// <summary>
    /// The agents' side: their identities, the gateway's streams, the hosts' grains, the watches on silence and loss, and
    /// their options (section <c>Drover</c> and <c>Drover:Agents:Admission</c>, checked at start). What agents report
    /// goes to an <see cref="IAgentReports"/>, which the tickets register.
    /// </summary>
    public static IServiceCollection AddAgents(this IServiceCollection s)
    {
        s.AddOptions<AgentOptions>().BindConfiguration("Drover")
            .Validate(o => o.HeartbeatSeconds >= 1 && o.AgentOfflineAfterSeconds >= 1 && o.AgentLostSeconds >= 1 && o.AgentHelloSeconds >= 1,
                "Drover: HeartbeatSeconds, AgentOfflineAfterSeconds, AgentLostSeconds and AgentHelloSeconds must be at least 1")
            .ValidateOnStart();
        s.AddOptions<AgentAdmissionOptions>().BindConfiguration("Drover:Agents:Admission")
            .Validate(o => o.MaxConcurrent >= 1 && o.MaxQueued >= 0 && o.RetryAfterMilliseconds >= 0,
                "Drover:Agents:Admission: MaxConcurrent must be at least 1, MaxQueued and RetryAfterMilliseconds at least 0")
            .ValidateOnStart();
        s.AddSingleton<AgentCredentials>();
        s.AddSingleton<AgentEnrollment>();
        s.AddSingleton<AgentRefusals>();
        s.AddHostedService<CredentialRevocationWatch>();
        s.AddSingleton<AgentDelivery>();
        s.AddSingleton<AgentLinks>();
        s.AddSingleton<AgentSessions>();
        s.AddSingleton<AgentRegistry>();
        s.AddSingleton<AgentAdmission>();
        s.AddSingleton<ServerPauses>();
        s.AddHostedService(sp => sp.GetRequiredService<ServerPauses>());
        s.AddHostedService<AgentLeaseWatch>();
        s.AddHostedService<HeartbeatFlush>();
        s.AddSingleton<LostAgents>();
        s.AddHostedService(sp => sp.GetRequiredService<LostAgents>());
        s.AddGrpc(o => o.MaxReceiveMessageSize = 8 * 1024 * 1024);
        return s;
    }
}
