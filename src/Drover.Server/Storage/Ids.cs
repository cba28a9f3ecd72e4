using System.Security.Cryptography;

namespace Drover.Server.Storage;

/// <summary>COC's id shapes: prefix + yyyyMMddHHmmss + 9 random lowercase hex characters.</summary>
public static class Ids
{
    public static string NewScriptUuid(DateTimeOffset now) => "SC" + Stamp(now);
    public static string NewTicketUuid(DateTimeOffset now) => "SCT" + Stamp(now);
    public static string NewDocumentId(DateTimeOffset now) => "DM" + Stamp(now);
    public static string NewExecutionId(DateTimeOffset now) => "EX" + Stamp(now);

    private static string Stamp(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)
        + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))[..9];
}
