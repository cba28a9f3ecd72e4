using System.Text.Json;

namespace Drover.Server.Cluster;

/// <summary>A membership entry as the <c>Entry</c> column keeps it.</summary>
internal static class MemberJson
{
    private sealed record Suspicion(string Silo, DateTime At);

    private sealed record Member(
        string Silo, int Status, List<Suspicion> Suspicions, int ProxyPort, string? HostName, string? SiloName, string? RoleName,
        int UpdateZone, int FaultZone, DateTime StartTime);

    public static string Write(MembershipEntry e) => JsonSerializer.Serialize(new Member(
        e.SiloAddress.ToParsableString(), (int)e.Status,
        e.SuspectTimes?.Select(s => new Suspicion(s.Item1.ToParsableString(), s.Item2)).ToList() ?? [],
        e.ProxyPort, e.HostName, e.SiloName, e.RoleName, e.UpdateZone, e.FaultZone, e.StartTime));

    public static MembershipEntry Read(string json)
    {
        var m = JsonSerializer.Deserialize<Member>(json) ?? throw new InvalidDataException("empty cluster member entry");
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.FromParsableString(m.Silo),
            Status = (SiloStatus)m.Status,
            SuspectTimes = [.. m.Suspicions.Select(s => Tuple.Create(SiloAddress.FromParsableString(s.Silo), s.At))],
            ProxyPort = m.ProxyPort,
            HostName = m.HostName ?? "",
            SiloName = m.SiloName ?? "",
            RoleName = m.RoleName ?? "",
            UpdateZone = m.UpdateZone,
            FaultZone = m.FaultZone,
            StartTime = m.StartTime,
        };
    }
}
