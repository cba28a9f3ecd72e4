using Drover.Domain.Common;

namespace Drover.Server.Tickets.Commands;

/// <summary>
/// A command broke a rule: the error code (<see cref="ErrorCodes"/>, one per cause) and a message naming the field and
/// the rule. Nothing was changed. The HTTP edge answers it as a 400 with the same code and message; a job's step ends
/// failed with the message.
/// </summary>
public sealed class CommandRejected(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static CommandRejected Invalid(string field, string rule) => new(ErrorCodes.InvalidParameter, $"{field}: {rule}");
}
