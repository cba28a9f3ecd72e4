using Drover.Tests;

namespace Drover.EngineTests.Support;

/// <summary>
/// The engine tests' ports: 9,000 to 12,000, apart from the integration tests' (12,000 to 32,000), which
/// <c>dotnet test Drover.sln</c> runs at the same time (see <see cref="FreePorts"/>).
/// </summary>
public static class FreePort
{
    private static readonly FreePorts Ports = new(9_000, 12_000);

    public static int Next() => Ports.Next();
}
