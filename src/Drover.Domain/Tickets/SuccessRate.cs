namespace Drover.Domain.Tickets;

/// <summary>
/// The success-rate threshold, kept in tenths of a percent so "99.9" compares exactly:
/// rate = FINISHED ÷ (FINISHED + ABNORMAL); CANCELED hosts count in neither.
/// </summary>
public readonly record struct SuccessRate(int Tenths)
{
    public static SuccessRate FromPercent(double percent) => new((int)Math.Round(percent * 10, MidpointRounding.AwayFromZero));

    public double Percent => Tenths / 10.0;

    public bool HeldBy(int finished, int abnormal)
    {
        var counted = finished + abnormal;
        if (counted == 0) return true;
        return (long)finished * 1000 >= (long)Tenths * counted;
    }
}
