namespace Drover.Domain.Scripts;

/// <summary>
/// A script with reviewers waits for approval; only <see cref="Approved"/> scripts run.
/// </summary>
public enum ScriptStatus
{
    PendingApprove,
    Approved,
    Rejected,
}
