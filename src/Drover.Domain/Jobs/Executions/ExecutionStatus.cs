namespace Drover.Domain.Jobs.Executions;

/// <summary>A job ticket's status (COC's spelling: PascalCase). Succeed and Canceled are final; Failed and Timeout can be retried.</summary>
public enum ExecutionStatus
{
    Pending,
    Running,
    Succeed,
    Failed,
    Timeout,
    Canceling,
    Canceled,
}

/// <summary>One run of one step: the execution's vocabulary, Pending for a suspend step waiting for RESUME.</summary>
public enum StepStatus
{
    Pending,
    Running,
    Succeed,
    Failed,
    Timeout,
    Canceled,
}

/// <summary>How an execution takes its targets: none, batches (<c>BatchValues</c>), or one rate-controlled set (<c>InstanceValues</c>).</summary>
public enum ExecutionType
{
    Normal,
    Batch,
    RateControl,
}

/// <summary>How a step run ended, as the engine saw it.</summary>
public enum StepOutcome
{
    Succeeded,
    Failed,
    TimedOut,
}
