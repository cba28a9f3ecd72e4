namespace Drover.Domain.Common;

/// <summary>Why the domain said no: a COC-style error code (one per cause) and a message that names the rule.</summary>
public sealed record Refusal(string Code, string Message);
