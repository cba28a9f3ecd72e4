using System.Net;

namespace Drover.IntegrationTests.Replicas;

/// <summary>
/// An operation for a ticket whose lease another replica holds is forwarded to it. When that replica does not answer
/// (it hangs, or died and its lease has not run out), the caller gets a 503 that says the outcome is pending, not a
/// 500; the operation stays queued and is applied once a replica takes the ticket over.
/// </summary>
public sealed class UnansweredForwardingTests
{
    [Fact]
    public async Task An_operation_the_lease_holder_never_answers_is_a_503_and_is_applied_after_the_takeover()
    {
        var database = await Postgres.CreateDatabaseAsync();
        await using var d = await TestDrover.StartAsync("--database", database, "--Drover:ForwardReplySeconds=2", "--Drover:LeaseSeconds=3");
        var rig = new PostgresDatabase(database);
        var hosts = await d.StartAgentAsync(d.Prefix + "-fwd");
        var marker = TicketChecks.UniqueNumber();
        var script = await d.CreateScriptAsync($"echo started; sleep {marker}");
        var uuid = await d.ExecuteAsync(script, [[hosts[0]]], timeout: 3600);
        try
        {
            await TicketChecks.WaitForProcessesAsync(marker, 1);
            // The agent's report of the start has come through too (else it would be forwarded alongside the operation).
            await TestDrover.WaitUntilAsync(async () => (await d.InstancesAsync(uuid, 1))[0]!["gmt_started"] is not null,
                TimeSpan.FromSeconds(30), "the host's start to be recorded");
            var ticketId = await rig.ScalarAsync<long>("""SELECT "Id" FROM tickets WHERE "ExecuteUuid" = @uuid""", ("uuid", uuid));

            // A replica that hangs: it holds the ticket's lease (a fresher fence than ours) and never answers.
            var far = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds();
            (await rig.ExecuteAsync($"""
                UPDATE runner_leases SET "Owner" = 'hung', "Fence" = "Fence" + 1, "ExpiresAt" = {far}
                WHERE "Kind" = 'ticket' AND "TargetId" = {ticketId}
                """)).ShouldBe(1);

            var response = await d.OperateAsync(uuid, new { operation_type = "PAUSE_ORDER" });
            var (status, code, message) = await DroverClient.ErrorOf(response);
            status.ShouldBe((int)HttpStatusCode.ServiceUnavailable, message);
            code.ShouldBe("COC.00040717");
            message.ShouldContain("is queued");
            response.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(5));
            (await d.TicketStatusAsync(uuid)).ShouldBe("PROCESSING", "nothing applied it yet");
            (await rig.ScalarAsync<long>("""SELECT count(*) FROM forwarded_work WHERE NOT "Done" AND "TargetId" = @id""", ("id", ticketId)))
                .ShouldBe(1, "the operation is kept for whoever advances the ticket");

            // The hung replica's lease runs out: this replica takes the ticket over and applies the queued operation.
            await rig.ExecuteAsync($"""UPDATE runner_leases SET "ExpiresAt" = 0 WHERE "Kind" = 'ticket' AND "TargetId" = {ticketId}""");
            await d.WaitForStatusAsync(uuid, "PAUSED", TimeSpan.FromSeconds(30));
            (await rig.ScalarAsync<long>("""SELECT count(*) FROM forwarded_work WHERE NOT "Done" AND "TargetId" = @id""", ("id", ticketId)))
                .ShouldBe(0);
        }
        finally
        {
            Processes.KillWithMarker(marker);
        }
    }
}
