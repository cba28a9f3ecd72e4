namespace Drover.Server.Security.Secrets;

/// <summary>
/// What each sealed value is for, bound into its tag (<see cref="SecretBox"/>): a value sealed for one use cannot be
/// opened as another, even by a writer who can move ciphertext between columns.
/// </summary>
public static class SecretPurposes
{
    /// <summary>A sensitive script parameter's value, on a script (its default) or a script ticket (the value it runs with).</summary>
    public const string ScriptParameter = "drover/script-parameter";

    /// <summary>The global values of an execution that feed an HTTP step's headers.</summary>
    public const string ExecutionGlobals = "drover/execution-globals";
}
