using Drover.Server.Jobs.ApiStep;
using Drover.Server.Jobs.Commands;
using Drover.Server.Storage;
using Drover.Server.Tickets.Engine;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Jobs.Engine;

/// <summary>What an execution's writer needs, in one place: its dependencies are these and nothing else.</summary>
public sealed record ExecutionWriterServices(
    ExecutionStore Store,
    TicketEngine Tickets,
    ScriptStepTickets ScriptTickets,
    ApiCaller Api,
    IDbContextFactory<DroverDb> Dbs,
    TimeProvider Clock);
