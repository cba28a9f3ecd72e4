namespace Drover.Domain.Jobs.Executions;

/// <summary>COC's <c>operate_type</c> values for <c>POST /v1/executions</c>.</summary>
public enum ExecutionOperation
{
    Resume,
    Terminate,
    Retry,
    SkipBatch,
}
