using Orleans;
using Orleans.Core.Internal;
using Orleans.Runtime;

namespace Drover.EngineTests.Support;

/// <summary>Lets a grain go, as Orleans does when it collects it or its server dies: its timers and memory go with it.</summary>
public static class Activations
{
    public static async Task DeactivateAsync(EngineDrover d, IAddressable grain)
    {
        var id = grain.GetGrainId();
        var management = d.Service<IGrainFactory>().GetGrain<IManagementGrain>(0);
        (await management.GetActiveGrains(id.Type)).ShouldContain(id);
        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await EngineDrover.WaitUntilAsync(async () => !(await management.GetActiveGrains(id.Type)).Contains(id), () => $"grain {id} to be let go");
    }
}
