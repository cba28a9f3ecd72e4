namespace Drover.Server.Tickets.Commands;

/// <summary>
/// What a caller asks when it runs a script on hosts: the API's ExecuteScript and a job's scripts step alike. Nothing
/// in it is checked yet (<see cref="ExecuteScriptRules"/> turns it into a ticket plan or a <see cref="CommandRejected"/>);
/// what a caller left out is null, so "required" is a rule of the command whoever the caller is.
/// </summary>
/// <param name="ExecuteUser">The user the script runs as on each host.</param>
/// <param name="TimeoutSeconds">How long one host's run may take.</param>
/// <param name="SuccessRate">The percentage of a batch's hosts that must succeed for the ticket to go on.</param>
/// <param name="Parameters">Values for the script's parameters; null runs the script's own values.</param>
/// <param name="MaxConcurrency">At most this many hosts of a batch run at once; null: the whole batch.</param>
/// <param name="WaitAgentSeconds">How long a batch waits for a host whose agent is not online; null: not at all.</param>
/// <param name="Batches">The hosts, batch by batch, with what happens after each batch.</param>
public sealed record ExecuteScript(
    string? ExecuteUser,
    int? TimeoutSeconds,
    double? SuccessRate,
    IReadOnlyList<ExecuteScript.ParameterValue>? Parameters,
    int? MaxConcurrency,
    int? WaitAgentSeconds,
    IReadOnlyList<ExecuteScript.Batch>? Batches)
{
    /// <param name="FromParameterStore">The caller asked for the value to be read from a parameter store (COC's
    /// <c>param_refer</c>), which Drover does not have.</param>
    public sealed record ParameterValue(string? Name, string? Value, bool FromParameterStore = false);

    /// <param name="Rotation">What happens after the batch: <c>CONTINUE</c> or <c>PAUSE</c>, as operators spell it.</param>
    public sealed record Batch(int? Index, string? Rotation, IReadOnlyList<Host>? Hosts);

    /// <param name="Provider">Null: <c>ECS</c>.</param>
    /// <param name="Type">Null: <c>CLOUDSERVER</c>, the only type Drover runs on.</param>
    public sealed record Host(string? ResourceId, string? RegionId, string? Provider, string? Type, IReadOnlyList<CustomAttribute>? Attributes);

    /// <summary>A label the caller keeps on a host (COC's <c>custom_attributes</c>): stored and shown, never interpreted.</summary>
    public sealed record CustomAttribute(string? Key, string? Value);
}
