using System.Diagnostics;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// The output of a program a test runs as a real process: drained as it comes (a full pipe would block the program),
/// its last lines kept for a failing test's message.
/// </summary>
public sealed class ProcessOutput
{
    private readonly List<string> lines = [];

    /// <summary>Starts <c>dotnet</c> with <paramref name="args"/> in the tests' folder, its stdout and stderr drained into this.</summary>
    public Process StartDotnet(IEnumerable<string> args, string what)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{what} did not start");
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public void Add(string? line)
    {
        if (line is null) return;
        lock (lines) lines.Add(line);
    }

    public string Last(int count)
    {
        lock (lines) return string.Join('\n', lines.TakeLast(count));
    }
}
