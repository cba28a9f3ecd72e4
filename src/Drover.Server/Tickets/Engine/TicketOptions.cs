namespace Drover.Server.Tickets.Engine;

/// <summary>How long the engine waits on agents for tickets' hosts (section <c>Drover</c>: <c>Drover:ResultGraceSeconds</c>).</summary>
public sealed class TicketOptions
{
    /// <summary>
    /// How long past its timeout the server waits for a started host's result: the agent kills a script at its timeout
    /// and reports; an agent that accepted a task and then only heartbeats has its host ended ABNORMAL
    /// (<c>timed out: no result from the agent</c>) once this grace has passed too.
    /// </summary>
    public int ResultGraceSeconds { get; set; } = 60;
}
