namespace Drover.Agent.Connection;

/// <summary>The agent cannot start: a host has no credential and enrolling it failed or was refused. The message says what to do.</summary>
public sealed class EnrollmentException(string message, Exception? inner = null) : Exception(message, inner);
