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
        var until = DateTime.UtcNow + EngineDrover.Patience;
        // The server's sweep of open work (at its start, on a membership change) may load the grain again meanwhile: then
        // that activation is let go too, until none is left.
        while (true)
        {
            await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
            var retry = DateTime.UtcNow + TimeSpan.FromSeconds(5);
            while (DateTime.UtcNow < retry)
            {
                if (!(await management.GetActiveGrains(id.Type)).Contains(id)) return;
                await Task.Delay(20);
            }
            if (DateTime.UtcNow > until) throw new TimeoutException($"grain {id} was not let go within {EngineDrover.Patience.TotalSeconds} s");
        }
    }
}
