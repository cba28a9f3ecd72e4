using Drover.Agent.Running;
using Drover.Protocol;

namespace Drover.Agent.Tests.Running;

/// <summary>The supervisor (supervise.sh) with real processes: sessions, exit statuses, kills, pid reuse.</summary>
public class SupervisorTests
{
    private static async Task<T> EventuallyAsync<T>(Func<T?> probe, string what) where T : struct
    {
        for (var i = 0; i < 200; i++)
        {
            if (probe() is { } value)
            {
                return value;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"waited 10 s for {what}");
    }

    [Fact]
    public async Task The_supervisor_and_the_script_each_lead_a_session_of_their_own()
    {
        using var dir = new TempDirectory();
        using var stop = new CancellationTokenSource();
        using var kill = new TaskKillSwitch();
        var folder = new TaskFolder(Path.Combine(dir.Path, "task"));
        var running = Scripts.Runner().RunAsync(Scripts.Shell("sleep 600"), folder, _ => { }, kill, stop.Token);
        var script = await EventuallyAsync(() => folder.Script, "the script record");
        var supervisor = folder.Supervisor!.Value;
        // Recorded as soon as the supervisor has forked it; setsid follows a moment later.
        await EventuallyAsync(() => ProcStat.Read(script.Pid)?.Session == script.Pid ? true : (bool?)null, "the script's session");
        try
        {
            // setsid ran in place both times: each pid is its own session id, and the ids are what /proc says.
            ProcStat.Read(supervisor.Pid)!.Value.Session.ShouldBe(supervisor.Pid);
            ProcStat.Read(script.Pid)!.Value.Session.ShouldBe(script.Pid);
            ProcStat.Read(Environment.ProcessId)!.Value.Session.ShouldNotBe(supervisor.Pid);
            ProcessIdentity.Of(supervisor.Pid).ShouldBe(supervisor);
            ProcessIdentity.Of(script.Pid).ShouldBe(script);
            File.ReadAllText($"/proc/{script.Pid}/status").ShouldContain($"PPid:\t{supervisor.Pid}\n");
        }
        finally
        {
            kill.Pull("done");
            (await running).Outcome.ShouldBe(TaskOutcome.Killed);
        }
    }

    [Theory]
    [InlineData("exit 3", 3)]
    [InlineData("kill -TERM $$", 143)]
    [InlineData("kill -KILL $$", 137)]
    public async Task The_exit_status_is_recorded_as_a_shell_reports_it(string content, int status)
    {
        using var dir = new TempDirectory();
        using var kill = new TaskKillSwitch();
        var folder = new TaskFolder(Path.Combine(dir.Path, "task"));
        var result = await Scripts.Runner().RunAsync(Scripts.Shell("echo going; " + content), folder, _ => { }, kill, default);
        result.Outcome.ShouldBe(TaskOutcome.Exited);
        result.ExitCode.ShouldBe(status);
        folder.ExitStatus.ShouldBe(status);
        folder.OutputEnded.ShouldBeTrue();
        File.ReadAllText(folder.OutputPath).ShouldBe("going\n");
    }

    [Theory]
    [InlineData("", 143)]
    [InlineData("trap '' TERM; ", 137)]
    public async Task Killing_the_script_session_leaves_the_supervisor_to_record_the_status(string prelude, int status)
    {
        using var dir = new TempDirectory();
        using var kill = new TaskKillSwitch();
        var folder = new TaskFolder(Path.Combine(dir.Path, "task"));
        var settings = Scripts.FastSettings with { KillGracePeriod = TimeSpan.FromMilliseconds(500) };
        var seen = new Run();
        var running = Scripts.Runner(settings).RunAsync(
            Scripts.Shell(prelude + "sleep 600 & echo ready; while true; do sleep 0.1; done"), folder, seen.Add, kill, default);
        await EventuallyAsync(() => seen.Output.Contains("ready") ? true : (bool?)null, "the script to be ready (its trap set)");
        var script = folder.Script!.Value;
        var supervisor = folder.Supervisor!.Value;
        kill.Pull("operator canceled");
        var result = await running.WaitAsync(TimeSpan.FromSeconds(15));
        result.Outcome.ShouldBe(TaskOutcome.Killed);
        result.ExitCode.ShouldBe(status);
        folder.ExitStatus.ShouldBe(status); // written by the supervisor, after the kill: it survived it
        folder.Kill.ShouldBe((TaskOutcome.Killed, "killed: operator canceled"));
        ProcFs.InSession(script.Pid).ShouldBeEmpty();
        // Not just ended but reaped: the agent is its parent while it lives, and must not collect zombies.
        await EventuallyAsync(() => Directory.Exists($"/proc/{supervisor.Pid}") ? (bool?)null : true, "the supervisor to be reaped");
    }

    [Fact]
    public async Task Output_is_kept_whole_when_a_script_writes_to_dev_stderr_by_name()
    {
        // Opening /dev/stderr reopens the file behind it with O_TRUNC: a plain output file would lose "one".
        var run = await Scripts.RunAsync(Scripts.Shell("echo one; echo two >/dev/stderr; echo three >/dev/stdout; echo four"));
        run.Output.ShouldBe("one\ntwo\nthree\nfour\n");
    }

    [Fact]
    public async Task The_script_file_is_removed_once_the_script_has_ended()
    {
        var run = await Scripts.RunAsync(Scripts.Shell("echo \"file=$0\""));
        var file = run.Output.Split('\n')[0]["file=".Length..];
        file.ShouldEndWith("script.sh");
        File.Exists(file).ShouldBeFalse();
        Directory.Exists(Path.GetDirectoryName(file)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_recorded_pid_now_used_by_another_process_is_not_taken_for_the_supervisor()
    {
        var self = ProcessIdentity.Of(Environment.ProcessId)!.Value;
        self.IsAlive.ShouldBeTrue();
        (self with { StartTime = self.StartTime + 1 }).IsAlive.ShouldBeFalse();
        ProcessIdentity.Parse(self + "\n").ShouldBe(self);
        // The supervisor writes its records without a rename: one not yet ending with its newline is not taken.
        ProcessIdentity.Parse(self.ToString()).ShouldBeNull();
        ProcessIdentity.Parse("").ShouldBeNull();

        // A task folder whose supervisor record names this very test process, started at another time: the pid was
        // reused. With no exit status recorded, the task is LOST, and nothing waits for a supervisor that is gone.
        using var dir = new TempDirectory();
        var folder = new TaskFolder(Path.Combine(dir.Path, "task"));
        folder.Create();
        var task = Scripts.Shell("echo never ran");
        folder.SaveTask(task, DateTimeOffset.UtcNow);
        File.WriteAllText(Path.Combine(folder.Path, "supervisor"), $"{self.Pid} {self.StartTime + 1}\n");
        File.WriteAllText(Path.Combine(folder.Path, "output"), "partial\n");
        using var kill = new TaskKillSwitch();
        var seen = new Run();
        var result = await Scripts.Runner().ResumeAsync(task.DispatchId, 0, folder, 0, seen.Add, kill, default)
            .WaitAsync(TimeSpan.FromSeconds(10));
        result.Outcome.ShouldBe(TaskOutcome.Lost);
        result.Message.ShouldBe(TaskWatch.SupervisorDiedMessage);
        seen.Output.ShouldBe("partial\n");
    }

    [Fact]
    public async Task A_kill_right_after_the_start_waits_for_the_script_session_and_kills_it()
    {
        using var dir = new TempDirectory();
        using var kill = new TaskKillSwitch();
        var folder = new TaskFolder(Path.Combine(dir.Path, "task"));
        // Pulled before the runner has even looked: the kill lands in the first moments of the script's life.
        var running = Scripts.Runner().RunAsync(Scripts.Shell("sleep 600 & sleep 600"), folder, _ => { }, kill, default);
        await EventuallyAsync(() => folder.Supervisor, "the supervisor record");
        kill.Pull("at once");
        var result = await running.WaitAsync(TimeSpan.FromSeconds(15));
        result.Outcome.ShouldBe(TaskOutcome.Killed);
        ProcFs.InSession(folder.Script!.Value.Pid).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_folder_without_a_supervisor_has_nothing_to_pick_up_and_is_LOST()
    {
        using var dir = new TempDirectory();
        using var kill = new TaskKillSwitch();
        var result = await Scripts.Runner().ResumeAsync("D-gone", 1234, new TaskFolder(Path.Combine(dir.Path, "gone")), 0,
            _ => { }, kill, default);
        result.Outcome.ShouldBe(TaskOutcome.Lost);
        result.ExitCode.ShouldBe(-1);
        result.Message.ShouldBe(TaskRunner.LostMessage);
        result.StartedAtMs.ShouldBe(1234);
    }
}
