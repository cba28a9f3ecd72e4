using Grpc.Core;

namespace Drover.Server.Agents.Identity;

/// <summary>Host identity fields as agents send them: bounded, printable.</summary>
public static class AgentHello
{
    public static string Field(string? value, string name, string fallback, int max)
    {
        var v = string.IsNullOrEmpty(value) ? fallback : value;
        if (v.Length == 0 || v.Length > max)
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"{name}: required, length 1-{max}"));
        if (v.Any(char.IsControl))
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"{name}: must not contain control characters"));
        return v;
    }
}
