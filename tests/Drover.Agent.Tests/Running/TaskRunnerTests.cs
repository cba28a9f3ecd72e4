using System.Diagnostics;
using Drover.Agent.Running;
using Drover.Protocol;

namespace Drover.Agent.Tests.Running;

public class TaskRunnerTests
{
    [Fact]
    public async Task A_clean_exit_is_EXITED_with_code_0_and_its_output()
    {
        var run = await Scripts.RunAsync(Scripts.Shell("echo hello; echo world"));
        run.Result.Outcome.ShouldBe(TaskOutcome.Exited);
        run.Result.ExitCode.ShouldBe(0);
        run.Result.Message.ShouldBe("");
        run.Output.ShouldBe("hello\nworld\n");
        run.Result.ChunkCount.ShouldBe(run.Chunks.Count);
    }

    [Fact]
    public async Task A_failing_script_keeps_its_exit_code()
    {
        var run = await Scripts.RunAsync(Scripts.Shell("echo before; exit 3"));
        run.Result.Outcome.ShouldBe(TaskOutcome.Exited);
        run.Result.ExitCode.ShouldBe(3);
        run.Output.ShouldBe("before\n");
    }

    [Fact]
    public async Task Stdout_and_stderr_arrive_in_the_order_written()
    {
        var run = await Scripts.RunAsync(Scripts.Shell(
            "for i in 1 2 3 4 5; do echo out$i; echo err$i >&2; done; ls /no/such/path; echo last"));
        run.Output.ShouldStartWith("out1\nerr1\nout2\nerr2\nout3\nerr3\nout4\nerr4\nout5\nerr5\n");
        run.Output.ShouldContain("/no/such/path");
        run.Output.ShouldEndWith("last\n");
    }

    [Fact]
    public async Task Parameters_are_substituted_and_exported()
    {
        var run = await Scripts.RunAsync(Scripts.Shell(
            "echo \"greeting=${greeting} other=${other}\"; echo \"env=$DROVER_PARAM_GREETING\"", parameters:
            [new ScriptParameter { Name = "greeting", Value = "hi-there" }]));
        run.Output.ShouldBe("greeting=hi-there other=\nenv=hi-there\n");
    }

    [Fact]
    public async Task Sensitive_values_are_masked_even_when_written_in_pieces()
    {
        // The script writes the secret's first half and waits until the test has seen the output before it, so the
        // halves reach the runner apart however loaded the machine is (a fixed sleep was not enough under load).
        using var dir = new TempDirectory();
        var go = Path.Combine(dir.Path, "go");
        var run = new Run();
        var running = Scripts.RunAsync(Scripts.Shell(
            "echo \"token=${tok}\"; printf 'again: s3cr'; while [ ! -e '" + go + "' ]; do sleep 0.05; done; " +
            "printf 'etValue\\n'; echo \"$DROVER_PARAM_TOK\" >&2; exit 1",
            parameters: [new ScriptParameter { Name = "tok", Value = "s3cretValue", Sensitive = true }]), into: run);
        var waited = Stopwatch.StartNew();
        while (!run.Output.Contains("again: ") && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }
        var before = run.Output;
        File.WriteAllText(go, "");
        await running;
        before.ShouldBe("token=*****\nagain: "); // the half that could start the secret is held back, not sent
        run.Output.ShouldBe("token=*****\nagain: *****\n*****\n");
        run.Chunks.Count.ShouldBeGreaterThan(1); // the pieces really were apart
        run.Result.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task Output_shows_up_while_the_script_still_runs()
    {
        var run = await Scripts.RunAsync(Scripts.Shell("echo first; sleep 2; echo second"));
        run.Chunks.Count.ShouldBe(2);
        (run.Chunks[1].At - run.Chunks[0].At).ShouldBeGreaterThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Large_output_is_cut_into_chunks_and_capped()
    {
        var task = Scripts.Shell("head -c 100000 /dev/zero | tr '\\0' 'x'");
        var run = await Scripts.RunAsync(task);
        run.Output.Length.ShouldBe(100000);
        run.Chunks.ShouldAllBe(c => c.Data.Length <= 16 * 1024);

        task = Scripts.Shell("head -c 100000 /dev/zero | tr '\\0' 'x'; echo; echo done");
        task.MaxOutputBytes = 1000;
        run = await Scripts.RunAsync(task);
        run.Output.Length.ShouldBe(1000);
        run.Result.OutputBytesDropped.ShouldBe(100000 + 6 - 1000);
        run.Result.Message.ShouldContain("were not sent");
        run.Result.Outcome.ShouldBe(TaskOutcome.Exited);
    }

    [Fact]
    public async Task Timeout_kills_the_script_and_its_background_children()
    {
        var started = Stopwatch.StartNew();
        var run = await Scripts.RunAsync(Scripts.Shell("echo sid=$$; sleep 600 & echo child=$!; sleep 600", timeoutSeconds: 1));
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        run.Result.Outcome.ShouldBe(TaskOutcome.TimedOut);
        run.Result.Message.ShouldBe("timed out after 1 s");
        ProcFs.IsAlive(ProcFs.IntAfter(run.Output, "child")).ShouldBeFalse();
        ProcFs.InSession(ProcFs.IntAfter(run.Output, "sid")).ShouldBeEmpty();
    }

    [Fact]
    public async Task KillTask_kills_the_whole_tree()
    {
        using var kill = new TaskKillSwitch();
        var task = Scripts.Shell("echo sid=$$; (sleep 600; echo never) & sleep 600 & echo child=$!; sleep 600");
        var running = Scripts.RunAsync(task, kill: kill);
        await Task.Delay(700);
        kill.Pull("operator canceled");
        var run = await running.WaitAsync(TimeSpan.FromSeconds(10));
        run.Result.Outcome.ShouldBe(TaskOutcome.Killed);
        run.Result.Message.ShouldBe("killed: operator canceled");
        ProcFs.IsAlive(ProcFs.IntAfter(run.Output, "child")).ShouldBeFalse();
        ProcFs.InSession(ProcFs.IntAfter(run.Output, "sid")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_script_ignoring_SIGTERM_is_killed_after_the_grace_period()
    {
        using var kill = new TaskKillSwitch();
        var settings = Scripts.FastSettings with { KillGracePeriod = TimeSpan.FromMilliseconds(500) };
        var running = Scripts.RunAsync(Scripts.Shell("trap '' TERM; echo sid=$$; while true; do sleep 0.1; done"), kill: kill, settings: settings);
        await Task.Delay(500);
        kill.Pull("");
        var run = await running.WaitAsync(TimeSpan.FromSeconds(10));
        run.Result.Outcome.ShouldBe(TaskOutcome.Killed);
        ProcFs.InSession(ProcFs.IntAfter(run.Output, "sid")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_background_child_left_running_does_not_hold_up_the_result()
    {
        var started = Stopwatch.StartNew();
        var run = await Scripts.RunAsync(Scripts.Shell("echo sid=$$; sleep 600 & echo done"));
        var sid = ProcFs.IntAfter(run.Output, "sid");
        try
        {
            started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
            run.Result.Outcome.ShouldBe(TaskOutcome.Exited);
            run.Result.ExitCode.ShouldBe(0);
            run.Output.ShouldEndWith("done\n");
            run.Result.Message.ShouldContain("background process(es) still running");
        }
        finally
        {
            await SessionProcesses.KillAllAsync(sid, TimeSpan.FromSeconds(1), TimeProvider.System);
        }
        ProcFs.InSession(sid).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_daemon_left_behind_can_still_write_after_the_result()
    {
        using var dir = new TempDirectory();
        var marker = Path.Combine(dir.Path, "alive");
        // 4 s: the result must not wait for the daemon, with room for a loaded machine (the supervisor fsyncs the exit status).
        var run = await Scripts.RunAsync(Scripts.Shell($"(sleep 4; echo late; echo alive > {marker}) & echo started"));
        run.Result.Outcome.ShouldBe(TaskOutcome.Exited);
        for (var i = 0; i < 100 && !File.Exists(marker); i++)
        {
            await Task.Delay(100);
        }
        File.Exists(marker).ShouldBeTrue(); // not killed by SIGPIPE when it wrote to output nobody reads any more
        run.Output.ShouldBe("started\n");
    }

    [Fact]
    public async Task Scripts_get_the_default_SIGPIPE_like_in_a_terminal()
    {
        var run = await Scripts.RunAsync(Scripts.Shell("yes | head -n 2; echo \"yes=${PIPESTATUS[0]}\""));
        run.Output.ShouldBe("y\ny\nyes=141\n");
    }

    [Fact]
    public async Task Python_scripts_run_with_python3()
    {
        var task = Scripts.Shell("import sys\nprint('py', sys.version_info[0])\nprint('${x}')");
        task.Kind = ScriptKind.Python;
        task.Params.Add(new ScriptParameter { Name = "x", Value = "subst" });
        var run = await Scripts.RunAsync(task);
        run.Result.Outcome.ShouldBe(TaskOutcome.Exited);
        run.Output.ShouldBe("py 3\nsubst\n");
    }

    [Fact]
    public async Task BAT_is_refused_off_Windows()
    {
        var task = Scripts.Shell("echo hi");
        task.Kind = ScriptKind.Bat;
        var run = await Scripts.RunAsync(task);
        run.Result.Outcome.ShouldBe(TaskOutcome.Refused);
        run.Result.Message.ShouldBe("BAT scripts need a Windows host");
        run.Chunks.ShouldBeEmpty();
    }

    [Fact]
    public async Task Agent_stopping_leaves_the_script_to_its_supervisor_which_records_how_it_ended()
    {
        using var dir = new TempDirectory();
        using var stop = new CancellationTokenSource();
        var marker = Path.Combine(dir.Path, "marker");
        var folder = new TaskFolder(Path.Combine(dir.Path, "task"));
        var seen = new Run();
        using var kill = new TaskKillSwitch();
        var running = Scripts.Runner().RunAsync(Scripts.Shell($"echo sid=$$; sleep 2; echo ran > {marker}; exit 5"), folder,
            seen.Add, kill, stop.Token);
        for (var i = 0; i < 100 && seen.Chunks.Count == 0; i++)
        {
            await Task.Delay(50);
        }
        stop.Cancel();
        await Should.ThrowAsync<OperationCanceledException>(running);
        var sid = ProcFs.IntAfter(seen.Output, "sid");
        ProcFs.IsAlive(sid).ShouldBeTrue();
        folder.Supervisor!.Value.IsAlive.ShouldBeTrue();
        folder.ExitStatus.ShouldBeNull();

        for (var i = 0; i < 100 && folder.ExitStatus is null; i++)
        {
            await Task.Delay(100);
        }
        folder.ExitStatus.ShouldBe(5);
        File.Exists(marker).ShouldBeTrue();
        File.ReadAllText(folder.OutputPath).ShouldBe($"sid={sid}\n");
    }
}
