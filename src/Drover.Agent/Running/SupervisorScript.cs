using System.Security.Cryptography;

namespace Drover.Agent.Running;

/// <summary>
/// The task supervisor (supervise.sh, shipped inside the agent): written to the journal directory when the agent
/// starts, so every task's supervisor runs a file that matches this agent, and checked before each use. It runs as the
/// agent's user (root, on most hosts): a file someone else could have changed must never be run.
/// </summary>
internal static class SupervisorScript
{
    public const string FileName = "drover-supervise.sh";

    private static readonly Lazy<byte[]> Shipped = new(() =>
    {
        using var source = typeof(SupervisorScript).Assembly.GetManifestResourceStream("Drover.Agent.supervise.sh")
            ?? throw new InvalidOperationException("the agent was built without its supervisor script");
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>Writes the script into <paramref name="directory"/> (owner-only) and returns its full path.</summary>
    public static string Install(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, FileName));
        // Written aside and renamed over: supervisors of an earlier agent may still be reading the old file,
        // and sh reads a script as it goes. The temp name is this call's own: agents embedded in one process share
        // its id, and one named by the id alone was deleted or moved away under another agent starting beside it.
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        using (var file = new FileStream(temp, options))
        {
            file.Write(Shipped.Value);
            file.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        Verify(path);
        return path;
    }

    /// <summary>
    /// Throws unless <paramref name="path"/> is a regular file (not a link) of the agent's own user, writable by no one
    /// else, with exactly the shipped content.
    /// </summary>
    public static void Verify(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            var stat = Libc.LStat(path) ?? throw new IOException($"the supervisor script {path} is missing");
            if (!stat.IsRegularFile) throw new IOException($"the supervisor script {path} is not a regular file (a link?): refusing to run it");
            if (stat.Uid != Libc.GetEffectiveUserId())
                throw new IOException($"the supervisor script {path} is owned by uid {stat.Uid}, not the agent's: refusing to run it");
            if ((stat.Permissions & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
                throw new IOException($"the supervisor script {path} is writable by others ({stat.Octal}): refusing to run it");
        }
        var onDisk = File.ReadAllBytes(path);
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(onDisk), SHA256.HashData(Shipped.Value)))
            throw new IOException($"the supervisor script {path} differs from the one this agent ships: refusing to run it (restart the agent to reinstall it)");
    }
}
