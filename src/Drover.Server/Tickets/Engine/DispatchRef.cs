using System.Globalization;

namespace Drover.Server.Tickets.Engine;

/// <summary>Reads a dispatch id (<c>{execute_uuid}.{instance_id}.{attempt}</c>) back into its parts.</summary>
public readonly record struct DispatchRef(string ExecuteUuid, long InstanceId, int Attempt)
{
    public static bool TryParse(string dispatchId, out DispatchRef value)
    {
        value = default;
        var parts = dispatchId.Split('.');
        if (parts.Length != 3 || parts[0].Length is 0 or > 26) return false;
        if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return false;
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var attempt)) return false;
        value = new DispatchRef(parts[0], id, attempt);
        return true;
    }
}
