using Drover.Agent.Connection;

namespace Drover.Agent.Tests.Connection;

public class ReconnectBackoffTests
{
    [Fact]
    public void Delays_grow_exponentially_up_to_the_cap_with_full_jitter_and_reset()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), new Random(7));
        var delays = Enumerable.Range(0, 200).Select(_ => backoff.Next()).ToList();
        for (var i = 0; i < delays.Count; i++)
        {
            var ceiling = Math.Min(30_000, 500 * Math.Pow(2, i));
            delays[i].TotalMilliseconds.ShouldBeInRange(0, ceiling);
        }
        delays.Skip(10).Max().ShouldBeGreaterThan(TimeSpan.FromSeconds(20)); // reaches the cap region
        delays.Skip(10).Min().ShouldBeLessThan(TimeSpan.FromSeconds(10)); // but jittered, not in lockstep

        backoff.Reset();
        backoff.Next().ShouldBeLessThanOrEqualTo(TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public void A_rejected_agent_waits_near_the_cap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), new Random(7));
        for (var i = 0; i < 50; i++)
        {
            backoff.Rejected().TotalSeconds.ShouldBeInRange(15, 30);
        }
    }

    [Fact]
    public void A_busy_server_s_hint_is_honoured_with_up_to_as_much_again_at_random()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), new Random(7));
        var delays = Enumerable.Range(0, 200).Select(_ => backoff.Busy(TimeSpan.FromSeconds(2))).ToList();
        delays.ShouldAllBe(d => d >= TimeSpan.FromSeconds(2) && d <= TimeSpan.FromSeconds(4));
        (delays.Max() - delays.Min()).ShouldBeGreaterThan(TimeSpan.FromSeconds(1)); // spread, not in lockstep

        // No hint: the usual backoff.
        backoff.Busy(null).ShouldBeLessThanOrEqualTo(TimeSpan.FromMilliseconds(500));
    }
}
