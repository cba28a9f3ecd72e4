using Drover.Tests;

namespace Drover.IntegrationTests.Support;

/// <summary>The integration tests' ports: 12,000 to 32,000 (see <see cref="FreePorts"/>).</summary>
public static class FreePort
{
    private static readonly FreePorts Ports = new(12_000, 32_000);

    public static int Next() => Ports.Next();
}
