namespace Drover.Agent.Tests;

/// <summary>Tests that change this process's environment run one at a time, not alongside each other.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Collection = "process environment";
}
