using System.Diagnostics;
using Drover.IntegrationTests.Security.Agents;
using Grpc.Core;

namespace Drover.IntegrationTests.Agents.Limits;

/// <summary>
/// An agent stream that never sends its Hello is closed after <c>Drover:AgentHelloSeconds</c> (10 by default), not held
/// (with its connection) forever. One that says Hello in time is served as ever.
/// </summary>
public sealed class HelloDeadlineTests
{
    private const int HelloSeconds = 2;

    [Fact]
    public async Task A_stream_that_never_sends_hello_is_closed_after_the_hello_deadline()
    {
        await using var d = await TestDrover.StartAsync($"--Drover:AgentHelloSeconds={HelloSeconds}");
        var client = d.Gateway(out var channel);
        using var _ = channel;
        var clock = Stopwatch.StartNew();
        using var call = client.Connect();

        // Nothing is sent: the server must end the stream by itself, with an error saying why.
        var read = call.ResponseStream.MoveNext();
        var ended = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30)));
        ended.ShouldBe(read, "the stream was still open 30 s after it was opened without a hello");
        var e = await Should.ThrowAsync<RpcException>(read);
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(HelloSeconds - 0.5), "closed before the deadline");
        e.StatusCode.ShouldBe(StatusCode.DeadlineExceeded, e.ToString());
        e.Status.Detail.ShouldContain("hello");

        // A well-behaved agent is not affected: it says hello at once and stays served past the deadline.
        var rid = d.Prefix + "-polite";
        await using var agent = await FakeAgent.WelcomedAsync(d, await d.EnrolledCredentialAsync(rid), rid);
        await Task.Delay(TimeSpan.FromSeconds(HelloSeconds + 1));
        await agent.ShouldBeServedAsync();
        agent.Ended.IsCompleted.ShouldBeFalse();
    }
}
