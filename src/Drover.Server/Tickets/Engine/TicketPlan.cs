using Drover.Domain.Scripts;
using Drover.Domain.Tickets;
using Drover.Server.Tickets.Commands;

namespace Drover.Server.Tickets.Engine;

/// <summary>A checked <see cref="ExecuteScript"/> command (<see cref="ExecuteScriptRules"/>): everything needed to create a ticket.</summary>
public sealed record TicketPlan(
    string ExecuteUser, int TimeoutSeconds, double SuccessRate, IReadOnlyList<ScriptParameter> Parameters,
    int? MaxConcurrency, int WaitAgentSeconds, IReadOnlyList<PlannedBatch> Batches);

public sealed record PlannedBatch(int Index, RotationStrategy Rotation, IReadOnlyList<PlannedHost> Hosts);

public sealed record PlannedHost(string ResourceId, string RegionId, string Provider, string Type, IReadOnlyList<HostCustomAttribute> Attributes);
