namespace Drover.IntegrationTests.Support;

/// <summary>
/// The hosts' own record of what ran: each run of a script appends its dispatch id (<c>{execute_uuid}.{instance}.{attempt}</c>)
/// to a file named after its host. What the server says can then be checked against what really happened on the hosts,
/// whatever the server forgot when it was killed.
/// </summary>
public sealed class RunMarkers
{
    public RunMarkers(string dir)
    {
        Dir = dir;
        Directory.CreateDirectory(dir);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
    }

    public string Dir { get; }

    /// <summary>The shell line that records a run: the first line of a test script.</summary>
    public string Line => $"echo \"$DROVER_DISPATCH_ID\" >> {Dir}/$DROVER_RESOURCE_ID";

    /// <summary>One run of a script on a host, as its marker line says.</summary>
    public sealed record Run(string Host, string ExecuteUuid, long InstanceId, int Attempt, string DispatchId);

    /// <summary>Every run of every host, in the order each host ran them.</summary>
    public IReadOnlyList<Run> All() =>
        [.. Directory.EnumerateFiles(Dir).SelectMany(f => File.ReadAllLines(f).Select(line => Parse(Path.GetFileName(f), line)))];

    public IReadOnlyList<Run> Of(string host) => [.. All().Where(r => r.Host == host)];

    /// <summary>Dispatch ids that ran more than once: an agent ran one attempt twice. Must always be empty.</summary>
    public IReadOnlyList<string> Duplicates() =>
        [.. All().GroupBy(r => r.DispatchId).Where(g => g.Count() > 1).Select(g => $"{g.Key} ran {g.Count()} times")];

    /// <summary>
    /// Checks that the host ran the ticket exactly once per attempt: attempts 1..<paramref name="attempts"/> of one instance,
    /// each once, and nothing else of that ticket.
    /// </summary>
    public void ShouldHaveRun(string host, string executeUuid, int attempts)
    {
        var runs = Of(host).Where(r => r.ExecuteUuid == executeUuid).ToList();
        var seen = string.Join(", ", runs.Select(r => r.DispatchId));
        runs.Select(r => r.Attempt).Order().ShouldBe(Enumerable.Range(1, attempts), $"host {host} in ticket {executeUuid} ran: [{seen}]");
        runs.Select(r => r.InstanceId).Distinct().Count().ShouldBeLessThanOrEqualTo(1, $"host {host} ran as several instances: [{seen}]");
    }

    private static Run Parse(string host, string line)
    {
        var parts = line.Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[1], out var instance) || !int.TryParse(parts[2], out var attempt))
            throw new InvalidDataException($"marker of host {host}: '{line}' is not a dispatch id");
        return new Run(host, parts[0], instance, attempt, line);
    }
}
