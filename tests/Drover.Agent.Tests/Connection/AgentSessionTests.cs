using Drover.Agent.Tests.Running;
using Drover.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace Drover.Agent.Tests.Connection;

/// <summary>The whole agent (public AgentHost) against a tiny real gRPC server.</summary>
public class AgentSessionTests
{
    private static AgentOptions Options(FakeServer server, string journalDir, string enrollToken = "enroll-token") => new()
    {
        Server = server.Address,
        EnrollToken = enrollToken,
        ResourceId = "host-x",
        JournalDirectory = journalDir,
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(50),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(400),
        OutputFlushInterval = TimeSpan.FromMilliseconds(50),
        OutputDrainAfterExit = TimeSpan.FromMilliseconds(300),
    };

    private static async Task<(string Host, AgentMessage Message)> Next(FakeServer server, Func<AgentMessage, bool> match,
        string? host = null)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var got = await server.State.Received.Reader.ReadAsync(cts.Token);
            if ((host is null || got.Host == host) && match(got.Message))
            {
                return got;
            }
        }
    }

    private static async Task<FakeServer.Stream> StreamOf(FakeServer server, string host)
    {
        for (var i = 0; i < 300; i++)
        {
            if (server.State.Streams.TryGetValue(host, out var stream))
            {
                return stream;
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("no stream for " + host);
    }

    private static ServerMessage Run(RunTask task) => new() { Run = task };

    [Fact]
    public async Task Hello_then_tasks_results_acks_heartbeats_and_reconnects()
    {
        await using var server = await FakeServer.StartAsync();
        using var dir = new TempDirectory();
        using var stop = new CancellationTokenSource();
        var logs = new RecordingLoggers();
        var agent = new AgentHost(Options(server, dir.Path), logs);
        var running = agent.RunAsync(stop.Token);

        var hello = (await Next(server, m => m.Hello is not null)).Message.Hello;
        hello.Token.ShouldBe(server.State.Issued["host-x"]);
        hello.ResourceId.ShouldBe("host-x");
        hello.RegionId.ShouldBe("local");
        hello.ProjectId.ShouldBe("p-fake"); // the credential's project
        server.State.EnrollRequests.Single().Hosts.Single().ShouldBe(new EnrollHost { ResourceId = "host-x", RegionId = "local" });
        hello.AgentUser.ShouldBe(Environment.UserName);
        hello.HostName.ShouldNotBeEmpty();
        hello.Os.ShouldNotBeEmpty();
        hello.AgentVersion.ShouldNotBeEmpty();
        hello.OpenDispatchIds.ShouldBeEmpty();

        // A task: accepted, output, result; acked.
        var stream = await StreamOf(server, "host-x");
        var task = Scripts.Shell("echo hi from the agent ${pw}", parameters: [new ScriptParameter { Name = "pw", Value = "pa55word", Sensitive = true }]);
        await stream.SendAsync(Run(task));
        (await Next(server, m => m.Accepted is not null)).Message.Accepted.DispatchId.ShouldBe(task.DispatchId);
        var chunk = (await Next(server, m => m.Output is not null)).Message.Output;
        (chunk.DispatchId, chunk.Seq, chunk.Data.ToStringUtf8()).ShouldBe((task.DispatchId, 0L, "hi from the agent *****\n"));
        var result = (await Next(server, m => m.Result is not null)).Message.Result;
        (result.Outcome, result.ExitCode, result.ChunkCount).ShouldBe((TaskOutcome.Exited, 0, 1L));
        await stream.SendAsync(new ServerMessage { ResultAck = new ResultAck { DispatchId = task.DispatchId } });

        (await Next(server, m => m.Heartbeat is not null)).Message.Heartbeat.SentAtMs.ShouldBeGreaterThan(0);

        // A second task whose result is not acked, then the server drops the stream.
        var second = Scripts.Shell("echo second");
        await stream.SendAsync(Run(second));
        await Next(server, m => m.Result?.DispatchId == second.DispatchId);
        stream.Drop.Cancel();

        // The agent comes back, says what is still open, and sends it all again; the acked one is not repeated.
        hello = (await Next(server, m => m.Hello is not null)).Message.Hello;
        hello.OpenDispatchIds.ShouldBe([second.DispatchId]);
        (await Next(server, m => m.Accepted is not null)).Message.Accepted.DispatchId.ShouldBe(second.DispatchId);
        (await Next(server, m => m.Output is not null)).Message.Output.Data.ToStringUtf8().ShouldBe("second\n");
        (await Next(server, m => m.Result is not null)).Message.Result.DispatchId.ShouldBe(second.DispatchId);

        // Redelivering the first task does not run it again.
        stream = await StreamOf(server, "host-x");
        await stream.SendAsync(Run(task));
        var again = await Next(server, m => m.Result is not null || m.Output is not null);
        again.Message.Result.ShouldBe(result);

        stop.Cancel();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        logs.All.ShouldNotContain("pa55word");
        logs.All.ShouldNotContain("enroll-token");
        logs.All.ShouldNotContain(server.State.Issued["host-x"]);
        logs.Lines.ShouldNotContain(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error, logs.All);
    }

    [Fact]
    public async Task An_agent_whose_credential_is_refused_says_how_to_re_enroll_and_keeps_retrying_slowly()
    {
        await using var server = await FakeServer.StartAsync();
        using var dir = new TempDirectory();
        using var stop = new CancellationTokenSource();
        server.State.RefuseCredentials = true;
        var logs = new RecordingLoggers();
        var running = new AgentHost(Options(server, dir.Path), logs).RunAsync(stop.Token);

        await Next(server, m => m.Hello is not null);
        await Next(server, m => m.Hello is not null);
        server.State.Rejections.ShouldBeGreaterThanOrEqualTo(1);
        logs.Lines.ShouldContain(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error
            && l.Text.Contains("refused this host's credential") && l.Text.Contains(Path.Combine(dir.Path, "host-x", "credential")), logs.All);

        server.State.RefuseCredentials = false; // the operator fixes it server-side
        await StreamOf(server, "host-x");
        stop.Cancel();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Simulated_hosts_each_get_their_own_stream_and_journal()
    {
        await using var server = await FakeServer.StartAsync();
        using var dir = new TempDirectory();
        using var stop = new CancellationTokenSource();
        var options = Options(server, dir.Path);
        options.Simulate = 3;
        var agent = new AgentHost(options, NullLoggerFactory.Instance);
        agent.ResourceIds.ShouldBe(["host-x-1", "host-x-2", "host-x-3"]);
        var running = agent.RunAsync(stop.Token);

        var hosts = new HashSet<string>();
        while (hosts.Count < 3)
        {
            hosts.Add((await Next(server, m => m.Hello is not null)).Host);
        }
        foreach (var host in hosts)
        {
            var stream = await StreamOf(server, host);
            await stream.SendAsync(Run(Scripts.Shell($"echo I am {host}")));
        }
        var outputs = new Dictionary<string, string>();
        while (outputs.Count < 3)
        {
            var (host, message) = await Next(server, m => m.Output is not null);
            outputs[host] = message.Output.Data.ToStringUtf8();
        }
        foreach (var host in hosts)
        {
            outputs[host].ShouldBe($"I am {host}\n");
            File.Exists(Path.Combine(dir.Path, host, "journal.jsonl")).ShouldBeTrue();
        }
        stop.Cancel();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Output_produced_while_the_server_is_away_is_delivered_after_reconnect()
    {
        await using var server = await FakeServer.StartAsync();
        using var dir = new TempDirectory();
        using var stop = new CancellationTokenSource();
        var running = new AgentHost(Options(server, dir.Path), NullLoggerFactory.Instance).RunAsync(stop.Token);
        await Next(server, m => m.Hello is not null);
        var stream = await StreamOf(server, "host-x");

        server.State.RefuseCredentials = true; // reconnects fail for a while
        var task = Scripts.Shell("echo a; sleep 1; echo b; echo c");
        await stream.SendAsync(Run(task));
        await Next(server, m => m.Output is not null);
        stream.Drop.Cancel();
        await Task.Delay(1500);
        server.State.RefuseCredentials = false;

        var output = new SortedDictionary<long, string>();
        TaskResult? result = null;
        while (result is null)
        {
            var message = (await Next(server, m => m.Output is not null || m.Result is not null)).Message;
            if (message.Output is { } o)
            {
                output[o.Seq] = o.Data.ToStringUtf8();
            }
            result = message.Result;
        }
        string.Concat(output.Values).ShouldBe("a\nb\nc\n");
        result.ChunkCount.ShouldBe(output.Count);
        stop.Cancel();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_restarted_agent_connects_with_its_stored_credential_and_needs_no_token()
    {
        await using var server = await FakeServer.StartAsync();
        using var dir = new TempDirectory();
        using (var stop = new CancellationTokenSource())
        {
            var running = new AgentHost(Options(server, dir.Path), NullLoggerFactory.Instance).RunAsync(stop.Token);
            await StreamOf(server, "host-x");
            stop.Cancel();
            await running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        server.State.Streams.Clear();
        while (server.State.Received.Reader.TryRead(out _))
        {
        }

        using var again = new CancellationTokenSource();
        var restarted = new AgentHost(Options(server, dir.Path, enrollToken: ""), NullLoggerFactory.Instance).RunAsync(again.Token);

        (await Next(server, m => m.Hello is not null)).Message.Hello.Token.ShouldBe(server.State.Issued["host-x"]);
        await StreamOf(server, "host-x");
        server.State.EnrollRequests.Count.ShouldBe(1);
        again.Cancel();
        await restarted.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_host_without_credential_and_no_enrollment_token_stops_the_agent_at_start()
    {
        await using var server = await FakeServer.StartAsync();
        using var dir = new TempDirectory();

        var e = await Should.ThrowAsync<Drover.Agent.Connection.EnrollmentException>(
            () => new AgentHost(Options(server, dir.Path, enrollToken: ""), NullLoggerFactory.Instance).RunAsync(CancellationToken.None));

        e.Message.ShouldContain("host host-x has no credential");
        server.State.Received.Reader.TryRead(out _).ShouldBeFalse(); // no Hello was sent
    }
}
