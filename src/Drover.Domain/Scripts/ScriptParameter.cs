namespace Drover.Domain.Scripts;

/// <summary>A parameter a script declares: referenced as <c>${Name}</c> in its content.</summary>
public sealed record ScriptParameter(string Name, string Value, string Description, bool Sensitive);
