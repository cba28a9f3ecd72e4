using Drover.Protocol;
using Google.Protobuf;

namespace Drover.Server.Agents;

/// <summary>
/// Gets a dispatch or a kill to a host's agent wherever its stream is: held here, straight into its session; held by
/// another server, through the host's grain. An agent with no stream anywhere is sent its work again when it
/// reconnects (<see cref="IAgentReports.ConnectedAsync"/>).
/// </summary>
public sealed class AgentDelivery(AgentSessions sessions, IGrainFactory grains, ILogger<AgentDelivery> log)
{
    /// <summary>
    /// True when the message went to the host's stream, here or on another server. False also while the host's grain is
    /// unreachable (its server died and is not yet declared dead): the host's agent attaches again within a heartbeat,
    /// and what it should run is sent to it then.
    /// </summary>
    public async Task<bool> SendAsync(HostKey host, ServerMessage message)
    {
        if (sessions.TrySend(host, message)) return true;
        try
        {
            return await grains.GetGrain<IHostGrain>(HostGrain.KeyOf(host)).Send(message.ToByteArray());
        }
        catch (Exception e)
        {
            log.LogInformation("Host {Host}: not reachable through its grain ({Error})", host, e.Message);
            return false;
        }
    }
}
