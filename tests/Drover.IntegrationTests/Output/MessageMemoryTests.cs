using System.Runtime.Versioning;
using Drover.IntegrationTests.Agents.Limits;
using Drover.IntegrationTests.Security.Agents;

namespace Drover.IntegrationTests.Output;

/// <summary>
/// Memory per request (issue 9, item 6): a page of hosts with large outputs once took a server from 183 to 598 MiB for
/// one read, since every chunk of every attempt was loaded to render each host's capped <c>message</c>. A message now
/// reads only the chunks of its head and tail. Here ten hosts each store 8 MiB of output, and four reads of the page
/// at once must leave the server's peak resident memory far below what loading those outputs would take.
/// </summary>
public sealed class MessageMemoryTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // Chunks of 128 KiB (a real agent sends 16 KB ones): 640 stored chunks instead of 5,120, so a loaded machine stores the
    // 80 MiB well within the fake agents' patience (16 KB chunks timed out there); what is read back is the same.
    private const int Hosts = 10, PerHost = 8 * 1024 * 1024, Chunk = 128 * 1024, MessageCap = 64 * 1024, Readers = 4;

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task Four_reads_of_a_page_of_hosts_with_8_MiB_each_do_not_load_their_outputs()
    {
        using var d = await RestartableDrover.StartAsync($"--Drover:Limits:MaxMessageBytes={MessageCap}");
        var rids = Enumerable.Range(1, Hosts).Select(i => $"{d.Prefix}-big{i}").ToList();
        var agents = new List<FakeAgent>();
        try
        {
            foreach (var rid in rids)
            {
                var agent = await FakeAgent.ConnectAsync(d.AgentUrl, await d.CredentialAsync(rid), rid);
                agents.Add(agent);
                (await agent.NextAsync()).BodyCase.ShouldBe(Drover.Protocol.ServerMessage.BodyOneofCase.Welcome);
            }
            var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("cat /dev/urandom | base64"), [rids]);
            var chunk = Enumerable.Range(0, Chunk).Select(i => i % 64 == 63 ? (byte)'\n' : (byte)('a' + i % 26)).ToArray();
            await Task.WhenAll(agents.Select(async agent =>
            {
                var run = await agent.RunAsync();
                await agent.AcceptAsync(run.DispatchId);
                const int chunks = PerHost / Chunk;
                for (var seq = 0; seq < chunks; seq++) await agent.SendOutputAsync(run.DispatchId, seq, chunk);
                await agent.FinishAsync(run.DispatchId, chunks);
            }));
            await d.WaitForStatusAsync(uuid, "FINISHED");

            // The peak from here on: what the reads themselves take (the kernel's high-water mark, reset to the present).
            await File.WriteAllTextAsync($"/proc/{d.ServerPid}/clear_refs", "5");
            var before = Kib(d.ServerPid, "VmHWM:");
            var pages = await Task.WhenAll(Enumerable.Range(0, Readers).Select(_ =>
                d.GetDataAsync($"/v1/job/script/orders/{uuid}/batches/1?limit={Hosts}")));
            var growthMib = (Kib(d.ServerPid, "VmHWM:") - before) / 1024.0;
            output.WriteLine($"peak resident memory grew {growthMib:F1} MiB for {Readers} concurrent reads of {Hosts} hosts x {PerHost / 1024 / 1024} MiB");

            foreach (var page in pages)
            {
                var hosts = page["execute_instances"]!.AsArray();
                hosts.Count.ShouldBe(Hosts);
                foreach (var h in hosts)
                {
                    var message = h!.Message();
                    message.ShouldContain("bytes truncated", customMessage: "each message is capped, head and tail kept");
                    System.Text.Encoding.UTF8.GetByteCount(message).ShouldBeLessThan(MessageCap + 200);
                }
            }
            // Loading the outputs would take 80 MiB a read, 320 MiB for the four (more as .NET copies them); the capped
            // messages are 640 KiB a read.
            growthMib.ShouldBeLessThan(64, $"the server's peak memory grew {growthMib:F0} MiB for {Readers} reads of {Hosts} hosts");
        }
        finally
        {
            foreach (var agent in agents) await agent.DisposeAsync();
        }
    }

    private static long Kib(int pid, string field) =>
        long.Parse(File.ReadAllLines($"/proc/{pid}/status").Single(l => l.StartsWith(field, StringComparison.Ordinal))[field.Length..]
            .Trim().Split(' ')[0]);
}
