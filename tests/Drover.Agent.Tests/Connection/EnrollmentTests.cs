using Drover.Agent.Connection;
using Drover.Agent.Journal;
using Drover.Protocol;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Tests.Connection;

/// <summary>The enrollment client's own logic (chunks, storing, refusals, retries) against the fake gateway.</summary>
public class EnrollmentTests
{
    private sealed class Setup : IAsyncDisposable
    {
        private readonly GrpcChannel _channel;

        private Setup(FakeServer server, TempDirectory dir)
        {
            Server = server;
            Dir = dir;
            _channel = GrpcChannel.ForAddress(server.Address);
            Store = CredentialStore.Open(dir.Path, Logs.CreateLogger("test"));
        }

        public FakeServer Server { get; }
        public TempDirectory Dir { get; }
        public CredentialStore Store { get; }
        public RecordingLoggers Logs { get; } = new();

        public static async Task<Setup> StartAsync() => new(await FakeServer.StartAsync(), new TempDirectory());

        public Enrollment Enrollment(string token = "enroll-token") => new(new AgentGateway.AgentGatewayClient(_channel), Store, token,
            "local", new ReconnectBackoff(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50), new Random(1)),
            TimeProvider.System, Logs.CreateLogger("Drover.Agent.Enrollment"));

        public async ValueTask DisposeAsync()
        {
            _channel.Dispose();
            await Server.DisposeAsync();
            Dir.Dispose();
        }
    }

    private static List<string> Hosts(int n) => Enumerable.Range(1, n).Select(i => $"sim-{i}").ToList();

    [Fact]
    public async Task Hosts_are_enrolled_a_thousand_a_call_and_each_credential_is_stored()
    {
        await using var s = await Setup.StartAsync();
        var hosts = Hosts(2500);

        var credentials = await s.Enrollment().EnsureAsync(hosts, CancellationToken.None);

        s.Server.State.EnrollRequests.Select(r => r.Hosts.Count).ShouldBe([1000, 1000, 500]);
        s.Server.State.EnrollRequests.ShouldAllBe(r => r.EnrollmentToken == "enroll-token");
        credentials.Count.ShouldBe(2500);
        foreach (var host in new[] { "sim-1", "sim-1000", "sim-2500" })
        {
            credentials[host].Credential.ShouldBe(s.Server.State.Issued[host]);
            credentials[host].ProjectId.ShouldBe("p-fake");
            s.Store.Read(host).ShouldBe(credentials[host]);
        }
        s.Logs.All.ShouldNotContain("enroll-token");
        s.Logs.All.ShouldNotContain(s.Server.State.Issued["sim-1"]);
    }

    [Fact]
    public async Task Stored_credentials_are_used_and_only_hosts_without_one_are_enrolled()
    {
        await using var s = await Setup.StartAsync();
        var first = await s.Enrollment().EnsureAsync(Hosts(2), CancellationToken.None);

        var again = await s.Enrollment().EnsureAsync(Hosts(3), CancellationToken.None);

        s.Server.State.EnrollRequests.Select(r => r.Hosts.Select(h => h.ResourceId)).Last().ShouldBe(["sim-3"]);
        again["sim-1"].ShouldBe(first["sim-1"]);
        again.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Without_a_token_stored_credentials_are_enough_and_an_unneeded_token_is_only_logged()
    {
        await using var s = await Setup.StartAsync();
        await s.Enrollment().EnsureAsync(Hosts(2), CancellationToken.None);

        (await s.Enrollment(token: "").EnsureAsync(Hosts(2), CancellationToken.None)).Count.ShouldBe(2);
        (await s.Enrollment().EnsureAsync(Hosts(2), CancellationToken.None)).Count.ShouldBe(2);

        s.Server.State.EnrollRequests.Count.ShouldBe(1);
        s.Logs.Lines.ShouldContain(l => l.Level == LogLevel.Information && l.Text.Contains("was not needed"));
    }

    [Fact]
    public async Task A_host_without_credential_and_no_token_fails_saying_how_to_enroll()
    {
        await using var s = await Setup.StartAsync();

        var e = await Should.ThrowAsync<EnrollmentException>(() => s.Enrollment(token: "").EnsureAsync(["host-a"], CancellationToken.None));

        e.Message.ShouldBe("host host-a has no credential; enroll it with --enroll-token-file (see docs/security.md)");
        s.Server.State.EnrollRequests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(StatusCode.Unauthenticated, "unknown, expired, revoked or used up")]
    [InlineData(StatusCode.AlreadyExists, "enrolled already")]
    [InlineData(StatusCode.PermissionDenied, "outside the enrollment's resource_id_prefix")]
    [InlineData(StatusCode.InvalidArgument, "malformed")]
    public async Task A_refused_enrollment_stops_with_a_clear_message_and_stores_nothing(StatusCode status, string says)
    {
        await using var s = await Setup.StartAsync();
        s.Server.State.EnrollRefusal = status;

        var e = await Should.ThrowAsync<EnrollmentException>(() => s.Enrollment().EnsureAsync(["host-a"], CancellationToken.None));

        e.Message.ShouldContain(says);
        e.Message.ShouldContain("host-a");
        e.Message.ShouldNotContain("enroll-token");
        s.Store.Read("host-a").ShouldBeNull();
        s.Server.State.EnrollRequests.Count.ShouldBe(1); // a refusal is not retried
    }

    [Fact]
    public async Task An_unreachable_server_is_tried_again_with_backoff()
    {
        await using var s = await Setup.StartAsync();
        s.Server.State.EnrollUnavailable = 2;

        (await s.Enrollment().EnsureAsync(["host-a"], CancellationToken.None)).Keys.ShouldBe(["host-a"]);

        s.Server.State.EnrollRequests.Count.ShouldBe(3);
        s.Logs.Lines.Count(l => l.Level == LogLevel.Warning && l.Text.Contains("cannot reach the server")).ShouldBe(2);
    }

    [Fact]
    public async Task Stopping_ends_the_retries()
    {
        await using var s = await Setup.StartAsync();
        s.Server.State.EnrollUnavailable = int.MaxValue;
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Should.ThrowAsync<OperationCanceledException>(() => s.Enrollment().EnsureAsync(["host-a"], stop.Token));
    }
}
