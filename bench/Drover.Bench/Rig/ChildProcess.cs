using System.Diagnostics;

namespace Drover.Bench.Rig;

/// <summary>
/// A program the bench starts (the server, an agent), its output kept in a log file beside the data so that a failed
/// run can be read afterwards. Killed with its tree when the bench ends.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    public ChildProcess(string what, IEnumerable<string> arguments, IDictionary<string, string> environment, string logPath)
    {
        What = what;
        LogPath = logPath;
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Write(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Write(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string What { get; }
    public string LogPath { get; }
    public int Pid => process.Id;
    public bool HasExited => process.HasExited;

    public Usage Usage => Usage.Of(process.Id);

    public void ThrowIfExited()
    {
        if (process.HasExited)
            throw new InvalidOperationException($"{What} exited with {process.ExitCode}; its output is in {LogPath}");
    }

    private void Write(string line)
    {
        lock (log) log.WriteLine(line);
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }
        process.Dispose();
        lock (log) log.Dispose();
    }
}
