using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Drover.EngineTests;

/// <summary>
/// What the tier rests on: the fake clock is the one Drover's services and the grains' timers read, and Orleans' own
/// machinery keeps real time (a fake clock there would expire calls, or never, as the test moves it).
/// </summary>
public sealed class ClockTests
{
    [Fact]
    public async Task Drover_and_the_grains_run_on_the_fake_clock_and_Orleans_own_areas_on_real_time()
    {
        await using var d = await EngineDrover.StartAsync();
        d.Service<TimeProvider>().ShouldBeSameAs(d.Clock);
        d.Services.GetRequiredKeyedService<TimeProvider>(TimeProviderNames.Grains).ShouldBeSameAs(d.Clock);
        d.Service<Drover.Server.Tickets.Engine.TicketWriterServices>().Clock.ShouldBeSameAs(d.Clock);
        d.Service<Drover.Server.Jobs.Engine.ExecutionWriterServices>().Clock.ShouldBeSameAs(d.Clock);
        foreach (var area in new[] { TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
                     TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory })
            d.Services.GetRequiredKeyedService<TimeProvider>(area).ShouldBeSameAs(TimeProvider.System, area);
    }
}
