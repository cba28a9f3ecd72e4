using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

public class SuccessRateValueTests
{
    [Theory]
    [InlineData(100, 1000)]
    [InlineData(99.9, 999)]
    [InlineData(66.7, 667)]
    [InlineData(50, 500)]
    [InlineData(1, 10)]
    [InlineData(0.1, 1)]
    [InlineData(12.3, 123)]
    public void From_percent_keeps_one_decimal_exactly_in_tenths(double percent, int tenths)
    {
        var r = SuccessRate.FromPercent(percent);

        r.Tenths.ShouldBe(tenths);
        r.Percent.ShouldBe(percent);
        r.ShouldBe(new SuccessRate(tenths));
    }

    [Fact]
    public void From_percent_rounds_half_away_from_zero()
    {
        SuccessRate.FromPercent(12.25).Tenths.ShouldBe(123);
        SuccessRate.FromPercent(99.94).Tenths.ShouldBe(999);
    }

    [Theory]
    [InlineData(0, 0, 1000, true)]      // nothing counted: holds
    [InlineData(0, 0, 10, true)]
    [InlineData(1, 0, 1000, true)]
    [InlineData(0, 1, 10, false)]      // 0% < 1%
    [InlineData(99, 1, 1000, false)]   // 99% < 100%
    [InlineData(999, 1, 999, true)]    // 99.9% = 99.9%
    [InlineData(998, 2, 999, false)]   // 99.8% < 99.9%
    [InlineData(1, 1, 500, true)]      // 50% = 50%
    [InlineData(1, 1, 501, false)]
    [InlineData(2, 1, 667, false)]     // 66.66% < 66.7%
    [InlineData(2, 1, 666, true)]      // 66.66% >= 66.6%
    [InlineData(3, 1, 750, true)]
    public void Held_by_compares_finished_over_finished_plus_abnormal(int finished, int abnormal, int tenths, bool held) =>
        new SuccessRate(tenths).HeldBy(finished, abnormal).ShouldBe(held);

    [Fact]
    public void Held_by_does_not_overflow_on_large_counts()
    {
        new SuccessRate(1000).HeldBy(1_000_000_000, 0).ShouldBeTrue();
        new SuccessRate(1000).HeldBy(999_999_999, 1).ShouldBeFalse();
        new SuccessRate(500).HeldBy(1_000_000_000, 1_000_000_000).ShouldBeTrue();
    }
}
