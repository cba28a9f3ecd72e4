namespace Drover.Server.Jobs.Commands;

/// <summary>
/// A value under a key, as a caller gives it: an execution's parameter or system tag. Kept as JSON on the execution's
/// row (<c>{"key": ..., "value": ...}</c>), the shape the API reads back.
/// </summary>
public sealed record NamedValue(string Key, string Value);
