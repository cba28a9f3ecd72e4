using Drover.Protocol;

namespace Drover.Agent.Running;

/// <summary>The program that runs a script file, and the arguments that go before the file name.</summary>
internal sealed record Interpreter(string Program, IReadOnlyList<string> Arguments, string FileExtension)
{
    public const string UnixLoginPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>
    /// Picks the interpreter for a script kind. <paramref name="searchPath"/> is the PATH the script itself
    /// will see, so a switched user gets a python3 it can actually run (not one under root's home).
    /// </summary>
    public static (Interpreter? Interpreter, string? Refusal) For(ScriptKind kind, string? searchPath)
    {
        switch (kind)
        {
            case ScriptKind.Shell:
                if (OperatingSystem.IsWindows())
                {
                    return (null, "SHELL scripts need a Unix host");
                }
                return (new Interpreter(File.Exists("/bin/bash") ? "/bin/bash" : "/bin/sh", [], ".sh"), null);
            case ScriptKind.Python:
                var python = FindOnPath(OperatingSystem.IsWindows() ? "python.exe" : "python3", searchPath);
                return python is null
                    ? (null, "python3 was not found on this host")
                    : (new Interpreter(python, [], ".py"), null);
            case ScriptKind.Bat:
                return OperatingSystem.IsWindows()
                    ? (new Interpreter("cmd.exe", ["/c"], ".bat"), null)
                    : (null, "BAT scripts need a Windows host");
            default:
                return (null, $"unknown script kind {kind}");
        }
    }

    internal static string? FindOnPath(string program, string? searchPath)
    {
        foreach (var dir in (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
