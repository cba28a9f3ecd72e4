using Drover.Cli;

namespace Drover.IntegrationTests.Cli;

/// <summary><c>ticket watch</c> on the event stream, and <c>drover logs</c>, against a real server with real agents.</summary>
public sealed class CliWatchTests
{
    private sealed record Run(int Exit, string Out, string Err)
    {
        public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    private static async Task<Run> CliAsync(TestDrover d, params string[] args) => await CliAsync(d, new StringWriter(), args);

    private static async Task<Run> CliAsync(TestDrover d, StringWriter stdout, params string[] args)
    {
        var stderr = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var exit = await CliApp.RunAsync(["--server", d.ApiUrl, .. args], stdout, stderr, ct: timeout.Token,
            environment: CliTests.TokenEnvironment(TestDrover.Token));
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Watch_shows_each_host_as_it_ends_with_a_failed_hosts_last_output_lines_and_groups_identical_results()
    {
        await using var d = await TestDrover.StartAsync();
        var h = (await d.StartAgentAsync(d.Prefix + "-cw", simulate: 4)).ToArray();
        var failing = $"{h[0]} {h[1]}";
        var script = await d.CreateScriptAsync(
            $"""
            echo "checking $DROVER_RESOURCE_ID"
            case " {failing} " in *" $DROVER_RESOURCE_ID "*) echo "step one ok"; echo "disk full on /var"; exit 4;; esac
            echo ok
            """);

        var run = await CliAsync(d, "script", "run", script, "--hosts", string.Join(',', h), "--watch");
        run.Exit.ShouldBe(1, run.ToString());
        var uuid = run.Out.Split('\n')[0].Trim();
        uuid.ShouldStartWith("SCT", customMessage: run.ToString());
        (await d.TicketStatusAsync(uuid)).ShouldBe("ABNORMAL", run.ToString());
        run.Out.ShouldContain("status: ABNORMAL\n");

        // Each failed host with its exit code and last line, then its last lines of output.
        foreach (var failed in h[..2])
        {
            run.Out.ShouldContain($"host {failed} [");
            run.Out.ShouldMatch($@"host {failed} \[\d+\] batch 1: ABNORMAL exit 4 \([^)]*\): disk full on /var\n    \| checking {failed}\n    \| step one ok\n    \| disk full on /var\n");
        }
        foreach (var ok in h[2..]) run.Out.ShouldMatch($@"host {ok} \[\d+\] batch 1: FINISHED exit 0 \([^)]*\)\n");
        run.Out.ShouldNotContain("retry, attempt 1");

        // The summary: counts, then identical results together.
        run.Out.ShouldContain("summary: 4 host(s) in 1 batch(es), ");
        run.Out.ShouldContain($"  2 x ABNORMAL exit 4: disk full on /var ({string.Join(", ", h[..2].Order())})\n");
        run.Out.ShouldContain($"  2 x FINISHED exit 0 ({string.Join(", ", h[2..].Order())})\n");
        run.Err.ShouldBeEmpty();
    }

    [Fact]
    public async Task Logs_prints_a_hosts_whole_output_and_with_follow_prints_it_as_it_arrives_until_the_host_ends()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-lg", simulate: 1);
        var script = await d.CreateScriptAsync($"echo one; until [ -e {scratch.Dir}/go ]; do sleep 0.1; done; echo two; exit 5");
        var uuid = await d.ExecuteAsync(script, [[h[0]]]);
        var host = await d.WaitForHostAsync(uuid, h[0], i => i.Status() == "PROCESSING", "running");

        // Followed: the first line shows while the script still waits.
        var live = new StringWriter();
        var following = CliAsync(d, live, "logs", uuid, h[0], "-f");
        await TestDrover.WaitUntilAsync(() => Task.FromResult(live.ToString().Contains("one\n")), TimeSpan.FromSeconds(30), () => "the first line: " + live);
        following.IsCompleted.ShouldBeFalse();
        await File.WriteAllTextAsync(scratch.PathOf("go"), "");
        var followed = await following;
        followed.Exit.ShouldBe(1, followed.ToString()); // the host failed (exit 5)
        followed.Out.ShouldBe("one\ntwo\n");
        followed.Err.ShouldContain($"host {h[0]} [{host.Id()}]: ABNORMAL exit 5");

        // Whole, by resource id or instance id.
        var whole = await CliAsync(d, "logs", uuid, h[0]);
        whole.Out.ShouldBe("one\ntwo\n");
        whole.Exit.ShouldBe(1);
        (await CliAsync(d, "logs", uuid, host.Id().ToString())).Out.ShouldBe("one\ntwo\n");

        var missing = await CliAsync(d, "logs", uuid, "no-such-host");
        missing.Exit.ShouldBe(2, missing.ToString());
        missing.Err.ShouldContain("no-such-host is not a host of ticket");
    }
}
