using System.Diagnostics;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// The output of a program a test runs as a real process: drained as it comes (a full pipe would block the program),
/// its last lines kept for a failing test's message.
/// </summary>
public sealed class ProcessOutput
{
    private readonly List<string> lines = [];

    /// <summary>A file that gets every line too (with the time it came), so a flaky run's whole log outlives the test.</summary>
    public string? CopyTo { get; set; }

    /// <summary>Starts <c>dotnet</c> with <paramref name="args"/> in the tests' folder, its stdout and stderr drained into this.</summary>
    /// <param name="environment">Variables to set for it: how secrets reach it (never its command line).</param>
    /// <param name="workingDirectory">Where it starts (default: the tests' folder).</param>
    public Process StartDotnet(IEnumerable<string> args, string what, IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
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
        lock (lines)
        {
            lines.Add(line);
            if (CopyTo is { } file) File.AppendAllText(file, $"{DateTime.UtcNow:HH:mm:ss.fff} {line}\n");
        }
    }

    /// <summary>Every line kept so far.</summary>
    public string All()
    {
        lock (lines) return string.Join('\n', lines);
    }

    public string Last(int count)
    {
        lock (lines) return string.Join('\n', lines.TakeLast(count));
    }
}
