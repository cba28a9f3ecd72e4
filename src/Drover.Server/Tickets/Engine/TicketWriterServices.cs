using Drover.Server.Agents;
using Drover.Server.Audit;

namespace Drover.Server.Tickets.Engine;

/// <summary>What a ticket's writer needs, in one place: its dependencies are these and nothing else.</summary>
public sealed record TicketWriterServices(
    TicketStore Store,
    AgentDelivery Delivery,
    AgentRegistry Registry,
    LostAgents LostAgents,
    AuditLog Audit,
    TicketEngine Engine,
    TicketTimes Times,
    TimeProvider Clock,
    Monitoring.DroverMetrics Metrics);

/// <summary>The times and limits a ticket's writer applies, read once from the options.</summary>
public sealed record TicketTimes(TimeSpan AgentLease, TimeSpan ResultGrace, long MaxOutputBytes);
