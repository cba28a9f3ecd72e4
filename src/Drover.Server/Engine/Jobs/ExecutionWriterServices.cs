using Drover.Server.Engine.Jobs.Api;
using Drover.Server.Jobs.Commands;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Engine.Jobs;

/// <summary>What an execution's writer needs, in one place: its dependencies are these and nothing else.</summary>
public sealed record ExecutionWriterServices(
    ExecutionStore Store,
    TicketEngine Tickets,
    ScriptStepTickets ScriptTickets,
    ApiCaller Api,
    IDbContextFactory<DroverDb> Dbs,
    TimeProvider Clock);
