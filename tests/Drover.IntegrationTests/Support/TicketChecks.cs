using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drover.IntegrationTests.Support;

/// <summary>What the script-ticket tests look at: hosts by resource id, whole-ticket snapshots, refusals, processes, audit.</summary>
public static class TicketChecks
{
    /// <summary>A number no other test uses: sleep arguments built from it are this test's markers in the process table.</summary>
    public static string UniqueNumber() => Random.Shared.NextInt64(100_000_000, 999_999_999).ToString();

    public static string Status(this JsonNode node) => node["status"]!.GetValue<string>();

    public static long Id(this JsonNode instance) => instance["id"]!.GetValue<long>();

    public static string ResourceId(this JsonNode instance) => instance["target_instance"]!["resource_id"]!.GetValue<string>();

    public static string Message(this JsonNode instance) => instance["message"]!.GetValue<string>();

    public static int? ExitCode(this JsonNode instance) => instance["exit_code"]?.GetValue<int>();

    public static int Attempt(this JsonNode instance) => instance["attempt"]!.GetValue<int>();

    public static int CurrentBatch(this JsonNode ticketInfo) => ticketInfo["properties"]!["current_execute_batch_index"]!.GetValue<int>();

    /// <summary>Every host of the ticket, by resource id, across all its batches.</summary>
    public static async Task<Dictionary<string, JsonNode>> HostsAsync(this DroverClient d, string uuid)
    {
        var batches = (await d.GetDataAsync($"/v1/job/script/orders/{uuid}/batches")).AsArray();
        var hosts = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var b in batches)
            foreach (var inst in await d.InstancesAsync(uuid, b!["batch_index"]!.GetValue<int>()))
                hosts.Add(inst!.ResourceId(), inst!);
        return hosts;
    }

    public static async Task<JsonNode> HostAsync(this DroverClient d, string uuid, string resourceId) => (await d.HostsAsync(uuid))[resourceId];

    public static async Task<JsonNode> WaitForHostAsync(this DroverClient d, string uuid, string resourceId, Func<JsonNode, bool> condition,
        string what, TimeSpan? timeout = null)
    {
        JsonNode? last = null;
        await TestDrover.WaitUntilAsync(async () =>
        {
            last = await d.HostAsync(uuid, resourceId);
            return condition(last);
        }, timeout ?? TimeSpan.FromSeconds(30), () => $"host {resourceId} {what} (last: {last?.ToJsonString()})");
        return last!;
    }

    /// <summary>Waits until the ticket satisfies a condition (e.g. a status together with a current batch).</summary>
    public static async Task<JsonNode> WaitForTicketAsync(this DroverClient d, string uuid, Func<JsonNode, bool> condition, string what,
        TimeSpan? timeout = null)
    {
        JsonNode? last = null;
        await TestDrover.WaitUntilAsync(async () =>
        {
            last = await d.TicketAsync(uuid);
            return condition(last);
        }, timeout ?? TimeSpan.FromSeconds(30), () => $"ticket {uuid} {what} (last: {last?.ToJsonString()})");
        return last!;
    }

    /// <summary>
    /// Everything the API says about a ticket, as raw response text: info, statistics, batch list and every batch's hosts.
    /// Two equal snapshots mean nothing observable changed.
    /// </summary>
    public static async Task<string> SnapshotAsync(this DroverClient d, string uuid)
    {
        var sb = new StringBuilder();
        async Task Add(string path)
        {
            var r = await d.Api.GetAsync(path);
            var text = await r.Content.ReadAsStringAsync();
            ((int)r.StatusCode).ShouldBe(200, $"GET {path}: {text}");
            sb.Append(path).Append('\n').Append(text).Append('\n');
        }
        await Add($"/v1/job/script/orders/{uuid}");
        await Add($"/v1/job/script/orders/{uuid}/statistics");
        await Add($"/v1/job/script/orders/{uuid}/batches");
        var batches = (await d.GetDataAsync($"/v1/job/script/orders/{uuid}/batches")).AsArray();
        foreach (var b in batches)
            await Add($"/v1/job/script/orders/{uuid}/batches/{b!["batch_index"]!.GetValue<int>()}?limit=50");
        return sb.ToString();
    }

    /// <summary>Sends an operation that must be refused: returns (HTTP status, error_code, error_msg).</summary>
    public static Task<(int Status, string Code, string Message)> OperateErrorAsync(this DroverClient d, string uuid, object body) =>
        d.ErrorAsync(new HttpRequestMessage(HttpMethod.Put, $"/v1/job/script/orders/{uuid}/operation") { Content = JsonContent.Create(body) });

    /// <summary>Sends an operation that must be refused with HTTP 400 and <paramref name="code"/>, and checks that nothing changed.</summary>
    public static async Task RefusedAsync(this DroverClient d, string uuid, object body, string code)
    {
        var before = await d.SnapshotAsync(uuid);
        var (status, actual, message) = await d.OperateErrorAsync(uuid, body);
        status.ShouldBe(400, message);
        actual.ShouldBe(code, message);
        message.ShouldNotBeNullOrWhiteSpace();
        var after = await d.SnapshotAsync(uuid);
        after.ShouldBe(before, $"refused operation {System.Text.Json.JsonSerializer.Serialize(body)} changed the ticket");
    }

    /// <summary>An accepted operation sent with an X-Request-Id header.</summary>
    public static async Task OperateOkAsync(this DroverClient d, string uuid, object body, string requestId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/job/script/orders/{uuid}/operation") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Request-Id", requestId);
        var r = await d.Api.SendAsync(request);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, text);
        JsonNode.Parse(text)!["data"]!.GetValue<string>().ShouldBe(uuid);
    }

    public static async Task WaitForProcessesAsync(string marker, int count, TimeSpan? timeout = null) =>
        await TestDrover.WaitUntilAsync(() => Task.FromResult(Processes.WithMarker(marker).Count >= count), timeout ?? TimeSpan.FromSeconds(20),
            () => $"{count} process(es) with marker {marker} (found {Processes.WithMarker(marker).Count})");

    public static async Task WaitForNoProcessesAsync(string marker, TimeSpan? timeout = null) =>
        await TestDrover.WaitUntilAsync(() => Task.FromResult(Processes.WithMarker(marker).Count == 0), timeout ?? TimeSpan.FromSeconds(10),
            () => $"no process with marker {marker} (left: {string.Join(",", Processes.WithMarker(marker))})");

    public sealed record AuditEntry(string ProjectId, long At, string Actor, string Action, string Target, string? RequestId, string? Detail);

    /// <summary>The server's audit log, read straight from its database.</summary>
    public static async Task<List<AuditEntry>> AuditAsync(this TestDrover d)
    {
        await using var db = await d.Services.GetRequiredService<IDbContextFactory<DroverDb>>().CreateDbContextAsync();
        return await db.Audit.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new AuditEntry(a.ProjectId, a.At, a.Actor, a.Action, a.Target, a.RequestId, a.Detail)).ToListAsync();
    }

    /// <summary>Every stored output chunk, as the server keeps it in its database.</summary>
    public static async Task<List<byte[]>> StoredOutputAsync(this TestDrover d)
    {
        await using var db = await d.Services.GetRequiredService<IDbContextFactory<DroverDb>>().CreateDbContextAsync();
        return await db.OutputChunks.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Data).ToListAsync();
    }
}

/// <summary>A directory under /tmp for one test's marker files, writable by every user, removed at the end.</summary>
public sealed class Scratch : IDisposable
{
    public string Dir { get; }

    public Scratch(string prefix)
    {
        Dir = Path.Combine("/tmp", "drover-scratch-" + prefix);
        Directory.CreateDirectory(Dir);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Dir, (UnixFileMode)0b111_111_111);
    }

    public string PathOf(string name) => System.IO.Path.Combine(Dir, name);

    public bool Exists(string name) => File.Exists(PathOf(name));

    public string[] Lines(string name) => Exists(name) ? File.ReadAllLines(PathOf(name)) : [];

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
