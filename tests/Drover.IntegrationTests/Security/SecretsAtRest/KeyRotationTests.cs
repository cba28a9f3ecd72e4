using System.Net.Http.Json;
using System.Security.Cryptography;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drover.IntegrationTests.Security.SecretsAtRest;

/// <summary>Rotation as docs/security.md tells it: the new key current, the old one previous; an update reseals.</summary>
public sealed class KeyRotationTests
{
    [Fact]
    public async Task Values_sealed_with_the_previous_key_still_run_and_an_update_reseals_them_with_the_new_key()
    {
        const string secret = "Rk8rotatedPq51";
        var oldKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var newKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var dir = Directory.CreateTempSubdirectory("drover-rotation-").FullName;
        using var scratch = new Scratch("rot" + Guid.NewGuid().ToString("N")[..8]);
        string[] common = ["--data-dir", dir, .. Postgres.IsDefault ? new[] { "--database", await Postgres.CreateDatabaseAsync() } : []];
        try
        {
            string script;
            await using (var d = await TestDrover.StartAsync([.. common, $"--Drover:Security:SecretKey={oldKey}"]))
            {
                script = await d.CreateScriptAsync($"printf %s \"$DROVER_PARAM_PW\" > {scratch.Dir}/$DROVER_PARAM_TAG",
                    parameters:
                    [
                        new { param_name = "pw", param_value = secret, param_description = "", sensitive = true },
                        new { param_name = "tag", param_value = "none", param_description = "", sensitive = false },
                    ]);
                (await StoredParamsAsync(d, script)).ShouldContain($"v1.{KeyId(oldKey)}.");
            }

            await using (var d = await TestDrover.StartAsync([.. common, $"--Drover:Security:SecretKey={newKey}", $"--Drover:Security:PreviousSecretKeys={oldKey}"]))
            {
                var h = await d.StartAgentAsync(d.Prefix + "-rot", simulate: 1);
                var t = await d.ExecuteAsync(script, [[h[0]]], parameters: [new { param_name = "tag", param_value = "previous" }]);
                await d.WaitForStatusAsync(t, "FINISHED");
                File.ReadAllText(scratch.PathOf("previous")).ShouldBe(secret);

                // Sent back masked, as read: the value is kept, and sealed again with the current key.
                var update = await d.Api.PutAsJsonAsync($"/v1/job/scripts/{script}", new
                {
                    content = $"printf %s \"$DROVER_PARAM_PW\" > {scratch.Dir}/$DROVER_PARAM_TAG",
                    description = "integration test script",
                    script_params = new object[]
                    {
                        new { param_name = "pw", param_value = new string('*', 17), param_description = "", sensitive = true },
                        new { param_name = "tag", param_value = "none", param_description = "", sensitive = false },
                    },
                });
                ((int)update.StatusCode).ShouldBe(200, await update.Content.ReadAsStringAsync());
                var stored = await StoredParamsAsync(d, script);
                stored.ShouldContain($"v1.{KeyId(newKey)}.");
                stored.ShouldNotContain($"v1.{KeyId(oldKey)}.");
            }

            // The old key retired: what was resealed still runs.
            await using (var d = await TestDrover.StartAsync([.. common, $"--Drover:Security:SecretKey={newKey}"]))
            {
                var h = await d.StartAgentAsync(d.Prefix + "-rot2", simulate: 1);
                var t = await d.ExecuteAsync(script, [[h[0]]], parameters: [new { param_name = "tag", param_value = "current" }]);
                await d.WaitForStatusAsync(t, "FINISHED");
                File.ReadAllText(scratch.PathOf("current")).ShouldBe(secret);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string KeyId(string base64) => Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(base64)))[..8];

    private static async Task<string> StoredParamsAsync(TestDrover d, string script)
    {
        await using var db = await d.Services.GetRequiredService<IDbContextFactory<DroverDb>>().CreateDbContextAsync();
        return await db.Scripts.AsNoTracking().Where(s => s.ScriptUuid == script).Select(s => s.ParamsJson).SingleAsync();
    }
}
