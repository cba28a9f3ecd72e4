namespace Drover.Agent.Running;

/// <summary>The knobs of running one task, taken from <see cref="AgentOptions"/>.</summary>
internal sealed record RunSettings
{
    public TimeSpan KillGracePeriod { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan OutputFlushInterval { get; init; } = TimeSpan.FromMilliseconds(200);
    public int OutputChunkBytes { get; init; } = 16 * 1024;
    public TimeSpan OutputDrainAfterExit { get; init; } = TimeSpan.FromSeconds(1);
    public string? ScratchDirectory { get; init; }

    /// <summary>How often a running task's output file and exit status are looked at.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The installed supervise.sh (<see cref="SupervisorScript.Install"/>).</summary>
    public string SupervisorScript { get; init; } = "";

    /// <summary>Checks the supervisor before each use (<see cref="Running.SupervisorScript.Verify"/>); a test staging a supervisor of its own replaces it.</summary>
    public Action<string> CheckSupervisor { get; init; } = Running.SupervisorScript.Verify;

    /// <summary>The host this task runs for: exported to scripts as DROVER_RESOURCE_ID.</summary>
    public string ResourceId { get; init; } = "";
}
