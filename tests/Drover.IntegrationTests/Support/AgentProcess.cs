using System.Diagnostics;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// drover-agent as a real OS process (the drover-agent.dll next to the tests, copied there by the project reference),
/// so a test can kill it with SIGKILL mid-run and start it again on the same journal directory.
/// </summary>
public sealed class AgentProcess(string server, string resourceId, int simulate, string journalDir, string enrollToken) : IDisposable
{
    private readonly ProcessOutput output = new();
    private Process? process;

    /// <summary>The hosts it serves: <c>resourceId-1..N</c>.</summary>
    public IReadOnlyList<string> ResourceIds { get; } = Enumerable.Range(1, simulate).Select(i => $"{resourceId}-{i}").ToList();

    public int Pid => process?.Id ?? 0;

    public string Output => output.Last(80);

    public void Start()
    {
        process = output.StartDotnet(
        [
            Path.Combine(AppContext.BaseDirectory, "drover-agent.dll"), "--server", server,
            "--resource-id", resourceId, "--simulate", simulate.ToString(), "--journal-dir", journalDir,
            "--kill-grace-seconds", "2", "--log-level", "Information",
        ], "the agent", new Dictionary<string, string> { ["DROVER_ENROLL_TOKEN"] = enrollToken });
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
        output.Add($"--- agent {process.Id} killed with SIGKILL ---");
    }

    public void Dispose()
    {
        KillHard();
        process?.Dispose();
    }
}
