using System.Diagnostics;
using System.Text;
using Drover.Agent.Running;
using Drover.Protocol;

namespace Drover.Agent.Tests.Running;

/// <summary>
/// An agent stops (the runner is cancelled) while its task runs; a new runner picks the task up from its folder.
/// The output the first one sent plus what the second sends is the whole output, once.
/// </summary>
public class ResumeTests
{
    private sealed class Restart : IDisposable
    {
        private readonly TempDirectory _dir = new();
        private readonly CancellationTokenSource _stop = new();

        public Restart() => Folder = new TaskFolder(Path.Combine(_dir.Path, "task"));

        public TaskFolder Folder { get; }
        public string Marker => Path.Combine(_dir.Path, "marker");

        /// <summary>A script line that waits until the test opens the gate: the script goes on only after "the agent"
        /// stopped, however slow a loaded machine is (a fixed sleep let it end first, and the stop then found nothing to cancel).</summary>
        public string WaitForGate => $"while [ ! -e {Gate} ]; do sleep 0.05; done";

        private string Gate => Path.Combine(_dir.Path, "gate");

        public void OpenGate() => File.WriteAllText(Gate, "");
        public Run Before { get; } = new();
        public Run After { get; } = new();

        /// <summary>Starts the task and stops "the agent" once <paramref name="seen"/> is in the output it sent.</summary>
        public async Task StartAndStopAsync(RunTask task, string seen)
        {
            using var kill = new TaskKillSwitch();
            var running = Scripts.Runner().RunAsync(task, Folder, Before.Add, kill, _stop.Token);
            for (var i = 0; i < 200 && !Before.Output.Contains(seen, StringComparison.Ordinal); i++)
            {
                await Task.Delay(25);
            }
            Before.Output.ShouldContain(seen);
            _stop.Cancel();
            await Should.ThrowAsync<OperationCanceledException>(running);
        }

        public async Task<TaskResult> ResumeAsync(RunTask task, TaskKillSwitch? kill = null)
        {
            using var own = new TaskKillSwitch();
            var sent = Encoding.UTF8.GetByteCount(Before.Output);
            After.Result = await Scripts.Runner().ResumeAsync(task.DispatchId, 0, Folder, sent, After.Add, kill ?? own, default)
                .WaitAsync(TimeSpan.FromSeconds(30));
            return After.Result;
        }

        public void Dispose()
        {
            _stop.Dispose();
            _dir.Dispose();
        }
    }

    [Fact]
    public async Task A_task_that_ended_while_no_agent_watched_is_reported_with_its_status_and_the_rest_of_its_output()
    {
        using var restart = new Restart();
        var task = Scripts.Shell($"echo first; {restart.WaitForGate}; echo ran >> {restart.Marker}; echo second; exit 6");
        await restart.StartAndStopAsync(task, "first\n");
        restart.OpenGate();
        for (var i = 0; i < 100 && restart.Folder.ExitStatus is null; i++)
        {
            await Task.Delay(100);
        }
        restart.Folder.ExitStatus.ShouldBe(6);

        var result = await restart.ResumeAsync(task);
        result.Outcome.ShouldBe(TaskOutcome.Exited);
        result.ExitCode.ShouldBe(6);
        (restart.Before.Output + restart.After.Output).ShouldBe("first\nsecond\n");
        result.FinishedAtMs.ShouldBe(restart.Folder.ExitedAt.ToUnixTimeMilliseconds()); // when it ended, not when it was reported
        File.ReadAllLines(restart.Marker).ShouldBe(["ran"]);
    }

    [Fact]
    public async Task A_task_still_running_is_followed_to_its_end()
    {
        using var restart = new Restart();
        var task = Scripts.Shell($"echo first; {restart.WaitForGate}; sleep 0.5; echo ran >> {restart.Marker}; echo second");
        await restart.StartAndStopAsync(task, "first\n");
        restart.Folder.ExitStatus.ShouldBeNull();
        restart.OpenGate();

        var result = await restart.ResumeAsync(task);
        result.Outcome.ShouldBe(TaskOutcome.Exited);
        result.ExitCode.ShouldBe(0);
        (restart.Before.Output + restart.After.Output).ShouldBe("first\nsecond\n");
        restart.After.Output.ShouldBe("second\n");
        File.ReadAllLines(restart.Marker).ShouldBe(["ran"]);
    }

    [Fact]
    public async Task Secrets_held_back_when_the_agent_stopped_are_masked_by_the_next_one()
    {
        using var restart = new Restart();
        // "hunt" is held back when the agent stops: it could be the start of the secret; the rest comes later.
        var task = Scripts.Shell($"printf 'say hunt'; {restart.WaitForGate}; printf 'er2 and hunting\\n'",
            parameters: new ScriptParameter { Name = "pw", Value = "hunter2", Sensitive = true });
        await restart.StartAndStopAsync(task, "say ");
        restart.Before.Output.ShouldBe("say ");
        restart.OpenGate();

        await restart.ResumeAsync(task);
        (restart.Before.Output + restart.After.Output).ShouldBe("say ***** and hunting\n");
    }

    [Fact]
    public async Task The_timeout_counts_from_the_recorded_start_across_a_restart()
    {
        using var restart = new Restart();
        var task = Scripts.Shell("echo sid=$$; sleep 600", timeoutSeconds: 2);
        var started = Stopwatch.StartNew();
        await restart.StartAndStopAsync(task, "sid=");
        await Task.Delay(TimeSpan.FromSeconds(2.5) - started.Elapsed);

        var result = await restart.ResumeAsync(task);
        result.Outcome.ShouldBe(TaskOutcome.TimedOut);
        result.Message.ShouldBe("timed out after 2 s");
        result.ExitCode.ShouldBe(143);
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        ProcFs.InSession(ProcFs.IntAfter(restart.Before.Output, "sid")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_resumed_task_can_be_killed()
    {
        using var restart = new Restart();
        var task = Scripts.Shell("echo sid=$$; sleep 600");
        await restart.StartAndStopAsync(task, "sid=");
        using var kill = new TaskKillSwitch();
        var resuming = restart.ResumeAsync(task, kill);
        await Task.Delay(300);
        kill.Pull("operator canceled");

        var result = await resuming;
        result.Outcome.ShouldBe(TaskOutcome.Killed);
        result.Message.ShouldBe("killed: operator canceled");
        result.ExitCode.ShouldBe(143);
        ProcFs.InSession(ProcFs.IntAfter(restart.Before.Output, "sid")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_agent_that_stops_before_the_supervisor_recorded_itself_leaves_it_the_script_and_the_next_agent_picks_it_up()
    {
        using var dir = new TempDirectory();
        // A supervisor slow to get going: the agent stops between starting it and its first record.
        var slow = Path.Combine(dir.Path, "slow-supervise.sh");
        File.WriteAllText(slow, $"sleep 1\n. {Scripts.FastSettings.SupervisorScript}\n");
        var folder = new TaskFolder(Path.Combine(dir.Path, "task"));
        var marker = Path.Combine(dir.Path, "marker");
        var task = Scripts.Shell($"echo ran >> {marker}; echo done");
        using var stop = new CancellationTokenSource();
        using var kill = new TaskKillSwitch();
        var running = Scripts.Runner(Scripts.FastSettings with { SupervisorScript = slow, CheckSupervisor = _ => { } }).RunAsync(task, folder, _ => { }, kill, stop.Token);
        for (var i = 0; i < 200 && !ProcFs.CommandLines().Any(c => c.Contains(slow, StringComparison.Ordinal)); i++)
        {
            await Task.Delay(10);
        }
        stop.Cancel();
        await Should.ThrowAsync<OperationCanceledException>(running);
        folder.Supervisor.ShouldBeNull("the agent stopped before the supervisor recorded itself");

        var after = new Run();
        var result = await Scripts.Runner().ResumeAsync(task.DispatchId, 0, folder, 0, after.Add, kill, default)
            .WaitAsync(TimeSpan.FromSeconds(30));
        result.Outcome.ShouldBe(TaskOutcome.Exited);
        result.ExitCode.ShouldBe(0); // the script file was still there (not 127)
        after.Output.ShouldBe("done\n");
        File.ReadAllLines(marker).ShouldBe(["ran"]);
    }
}
