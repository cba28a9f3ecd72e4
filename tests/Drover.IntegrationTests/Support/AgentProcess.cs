using System.Diagnostics;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// drover-agent as a real OS process (the drover-agent.dll next to the tests, copied there by the project reference),
/// so a test can kill it with SIGKILL mid-run and start it again on the same journal directory.
/// </summary>
public sealed class AgentProcess(string server, string resourceId, int simulate, string journalDir) : IDisposable
{
    private readonly List<string> output = [];
    private Process? process;

    /// <summary>The hosts it serves: <c>resourceId-1..N</c>.</summary>
    public IReadOnlyList<string> ResourceIds { get; } = Enumerable.Range(1, simulate).Select(i => $"{resourceId}-{i}").ToList();

    public int Pid => process?.Id ?? 0;

    public string Output { get { lock (output) return string.Join('\n', output.TakeLast(80)); } }

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "drover-agent.dll"), "--server", server, "--token", TestDrover.Token,
                     "--resource-id", resourceId, "--simulate", simulate.ToString(), "--journal-dir", journalDir,
                     "--kill-grace-seconds", "2", "--log-level", "Information",
                 })
            start.ArgumentList.Add(a);
        process = Process.Start(start) ?? throw new InvalidOperationException("the agent did not start");
        // Drain its output so a full pipe never blocks it; keep it for a failing test's message.
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>
    /// kill -9 of the agent process alone: not its process tree, which holds the supervisors of the scripts it started.
    /// They are its children, and surviving exactly this is their job.
    /// </summary>
    public void KillHard()
    {
        if (process is null || process.HasExited) return;
        process.Kill(entireProcessTree: false);
        process.WaitForExit(10_000);
        Log($"--- agent {process.Id} killed with SIGKILL ---");
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
    }

    public void Dispose()
    {
        KillHard();
        process?.Dispose();
    }
}
