using Drover.Server.Cluster;
using Drover.Server.Jobs.ApiStep;
using Drover.Server.Jobs.Commands;
using Drover.Server.Jobs.Engine;

namespace Drover.Server.Jobs;

public static class JobRegistration
{
    /// <summary>
    /// Jobs' executions: their grains' services, creation, the scripts step's tickets, the API step (its options in
    /// <c>Drover:Jobs:Api</c>, checked at start), and the sweep's view of open executions.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection s, IConfiguration configuration)
    {
        s.AddSingleton<ExecutionStore>();
        s.AddSingleton<ExecutionEngine>();
        s.AddSingleton<ScriptStepTickets>();
        s.AddSingleton<ExecutionWriterServices>();
        s.AddSingleton<ExecutionCreation>();
        s.AddApiStep(configuration);
        s.AddSingleton<IOpenWork, OpenExecutions>();
        return s;
    }
}
