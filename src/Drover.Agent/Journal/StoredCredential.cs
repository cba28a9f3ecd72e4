namespace Drover.Agent.Journal;

/// <summary>
/// A host's own credential as the server issued it at enrollment (HostCredential), kept in the host's journal folder.
/// </summary>
internal sealed record StoredCredential(string ResourceId, string RegionId, string ProjectId, string Credential)
{
    // Records print every property; this one must never end up in a log line or an exception message.
    public override string ToString() =>
        $"StoredCredential {{ ResourceId = {ResourceId}, RegionId = {RegionId}, ProjectId = {ProjectId} }}";
}
