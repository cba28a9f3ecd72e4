namespace Drover.Server.Tickets.Commands;

/// <summary>A checked label on a ticket's host (COC's <c>custom_attributes</c>), kept as JSON on the host's row.</summary>
public sealed record HostCustomAttribute(string Key, string Value);
