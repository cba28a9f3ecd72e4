namespace Drover.Server.Agents;

/// <summary>A host as tickets name it: a resource id in a region, within a project.</summary>
public readonly record struct HostKey(string ProjectId, string ResourceId, string RegionId)
{
    public override string ToString() => $"{ResourceId} ({RegionId}, project {ProjectId})";
}
