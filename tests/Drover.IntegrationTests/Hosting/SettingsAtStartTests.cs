using Microsoft.Extensions.Options;

namespace Drover.IntegrationTests.Hosting;

/// <summary>
/// Each folder's options are checked when the server starts: a setting that makes no sense stops the start and names
/// itself, rather than surfacing hours later as a host ended at once or a stream never given up on.
/// </summary>
public sealed class SettingsAtStartTests
{
    [Theory]
    [InlineData("--Drover:HeartbeatSeconds=0", "HeartbeatSeconds")]
    [InlineData("--Drover:AgentOfflineAfterSeconds=0", "AgentOfflineAfterSeconds")]
    [InlineData("--Drover:AgentLostSeconds=-5", "AgentLostSeconds")]
    [InlineData("--Drover:AgentHelloSeconds=0", "AgentHelloSeconds")]
    [InlineData("--Drover:ResultGraceSeconds=-1", "Drover:ResultGraceSeconds")]
    [InlineData("--Drover:Agents:Admission:MaxConcurrent=0", "Drover:Agents:Admission")]
    [InlineData("--Drover:Limits:MaxHostsPerTicket=0", "Drover:Limits")]
    [InlineData("--Drover:Limits:MaxOutputBytes=0", "Drover:Limits")]
    public async Task Nonsense_settings_stop_the_start_naming_the_setting(string setting, string named)
    {
        var e = await Should.ThrowAsync<OptionsValidationException>(() => TestDrover.StartAsync(setting));
        e.Message.ShouldContain(named);
    }
}
