using Drover.Domain.Scripts;
using Drover.Domain.Tickets;
using Drover.Server.Api.Tickets;

namespace Drover.Server.Engine;

/// <summary>A validated execute request: everything needed to create a ticket.</summary>
public sealed record TicketPlan(
    string ExecuteUser, int TimeoutSeconds, double SuccessRate, IReadOnlyList<ScriptParameter> Parameters,
    int? MaxConcurrency, int WaitAgentSeconds, IReadOnlyList<PlannedBatch> Batches);

public sealed record PlannedBatch(int Index, RotationStrategy Rotation, IReadOnlyList<PlannedHost> Hosts);

public sealed record PlannedHost(string ResourceId, string RegionId, string Provider, string Type, IReadOnlyList<CustomAttribute> Attributes);
