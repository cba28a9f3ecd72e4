namespace Drover.Agent.Running;

/// <summary>
/// The task supervisor (supervise.sh, shipped inside the agent): written to the journal directory when the agent
/// starts, so every task's supervisor runs a file that matches this agent.
/// </summary>
internal static class SupervisorScript
{
    public const string FileName = "drover-supervise.sh";

    /// <summary>Writes the script into <paramref name="directory"/> and returns its full path.</summary>
    public static string Install(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, FileName));
        using var source = typeof(SupervisorScript).Assembly.GetManifestResourceStream("Drover.Agent.supervise.sh")
            ?? throw new InvalidOperationException("the agent was built without its supervisor script");
        // Written aside and renamed over: supervisors of an earlier agent may still be reading the old file,
        // and sh reads a script as it goes.
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        using (var file = File.Create(temp))
        {
            source.CopyTo(file);
        }
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
