using Drover.Server.Agents;
using Drover.Server.Cluster;
using Drover.Server.Limits;
using Drover.Server.Tickets.Engine;
using Microsoft.Extensions.Options;

namespace Drover.Server.Tickets;

public static class TicketRegistration
{
    /// <summary>
    /// Script tickets: their grains' services, creation, the agents' reports (this is the <see cref="IAgentReports"/>),
    /// the sweep's view of open tickets, and their option (section <c>Drover</c>: <c>ResultGraceSeconds</c>, checked at start).
    /// </summary>
    public static IServiceCollection AddTickets(this IServiceCollection s)
    {
        s.AddOptions<TicketOptions>().BindConfiguration("Drover")
            .Validate(o => o.ResultGraceSeconds >= 0, "Drover:ResultGraceSeconds must be at least 0")
            .ValidateOnStart();
        s.AddSingleton<TicketStore>();
        s.AddSingleton<TicketEngine>();
        s.AddSingleton(sp => new TicketTimes(
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<AgentOptions>>().Value.AgentOfflineAfterSeconds),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TicketOptions>>().Value.ResultGraceSeconds),
            sp.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxOutputBytes));
        s.AddSingleton<TicketWriterServices>();
        s.AddSingleton<TicketCreation>();
        s.AddSingleton<HostReports>();
        s.AddSingleton<IAgentReports>(sp => sp.GetRequiredService<HostReports>());
        s.AddSingleton<IOpenWork, OpenTickets>();
        return s;
    }
}
