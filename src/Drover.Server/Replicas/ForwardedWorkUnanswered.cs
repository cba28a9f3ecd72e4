namespace Drover.Server.Replicas;

/// <summary>
/// The replica advancing a ticket or execution did not answer forwarded work in time (it hangs, or is dying and its
/// lease has not run out yet). The work itself is durable: it is applied once a replica takes the target, so the
/// caller's outcome is unknown rather than failed.
/// </summary>
public sealed class ForwardedWorkUnanswered(string kind, TimeSpan waited)
    : Exception($"no answer within {waited.TotalSeconds:0} s from the replica advancing this {kind}: the request is queued and is " +
                $"applied when a replica takes the {kind} over; read the {kind} before sending the request again");
