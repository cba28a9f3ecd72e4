using Drover.Server.Cluster;

namespace Drover.Server.Tickets.Engine;

/// <summary>Open script tickets, for the sweep that keeps their grains loaded.</summary>
public sealed class OpenTickets(TicketStore store, TicketEngine engine) : IOpenWork
{
    public string Kind => "tickets";
    public async Task<IReadOnlyList<long>> OpenIdsAsync(CancellationToken ct) => await store.OpenTicketIdsAsync(ct);
    public Task WakeAsync(long id) => engine.WakeAsync(id);
}
