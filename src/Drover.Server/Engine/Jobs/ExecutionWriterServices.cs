using Drover.Server.Engine.Jobs.Api;
using Drover.Server.Hosting;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Engine.Jobs;

/// <summary>What an execution's writer needs, in one place: its dependencies are these and nothing else.</summary>
public sealed record ExecutionWriterServices(
    ExecutionStore Store,
    TicketEngine Tickets,
    TicketCreation Creation,
    SealedParameters Parameters,
    ApiCaller Api,
    IDbContextFactory<DroverDb> Dbs,
    LimitsOptions Limits,
    TimeProvider Clock);
