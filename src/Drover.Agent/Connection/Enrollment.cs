using Drover.Agent.Journal;
using Drover.Protocol;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Connection;

/// <summary>
/// Before any session starts: every host gets its own credential. Hosts that have one in the store keep it; the
/// rest are enrolled with the enrollment token (AgentGateway.Enroll, up to <see cref="ChunkSize"/> hosts a call),
/// and each credential is stored before it is used. A refusal stops the agent with a message saying what to do;
/// a server that cannot be reached is tried again with the usual backoff until the agent stops.
/// </summary>
internal sealed class Enrollment(
    AgentGateway.AgentGatewayClient client,
    CredentialStore store,
    string enrollToken,
    string regionId,
    ReconnectBackoff backoff,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>Hosts per Enroll call: one reply stays small, and 10 000 simulated hosts take ten calls, not 10 000.</summary>
    public const int ChunkSize = 1000;

    /// <summary>The credential of every host in <paramref name="resourceIds"/>, enrolling those that have none.</summary>
    public async Task<IReadOnlyDictionary<string, StoredCredential>> EnsureAsync(IReadOnlyList<string> resourceIds,
        CancellationToken stopping)
    {
        var credentials = new Dictionary<string, StoredCredential>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in resourceIds)
        {
            if (store.Read(id) is { } stored)
            {
                credentials[id] = stored;
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count == 0)
        {
            if (enrollToken.Length > 0)
            {
                logger.LogInformation("Every host already has its credential; the enrollment token was not needed (remove it from the agent's configuration)");
            }
            return credentials;
        }
        if (enrollToken.Length == 0)
        {
            throw new EnrollmentException(
                $"host {missing[0]} has no credential{(missing.Count > 1 ? $" (nor do {missing.Count - 1} more hosts)" : "")}; " +
                "enroll it with --enroll-token-file (see docs/security.md)");
        }
        logger.LogInformation("Enrolling {Count} host(s) without a credential", missing.Count);
        foreach (var chunk in missing.Chunk(ChunkSize))
        {
            var reply = await EnrollAsync(chunk, stopping);
            var (matched, problem) = Match(chunk, reply);
            // What the server issued is stored even if the reply is wrong elsewhere: it will not issue it again.
            foreach (var credential in matched)
            {
                store.Write(credential);
                credentials[credential.ResourceId] = credential;
            }
            if (problem is not null)
            {
                throw new EnrollmentException(problem);
            }
            logger.LogInformation("Enrolled {Count} host(s); {Done} of {Total} have their credential now",
                chunk.Length, credentials.Count, resourceIds.Count);
        }
        backoff.Reset();
        return credentials;
    }

    private async Task<EnrollReply> EnrollAsync(string[] hosts, CancellationToken stopping)
    {
        var request = new EnrollRequest { EnrollmentToken = enrollToken };
        request.Hosts.AddRange(hosts.Select(h => new EnrollHost { ResourceId = h, RegionId = regionId }));
        while (true)
        {
            TimeSpan delay;
            try
            {
                // No deadline: an Enroll the server committed but whose reply we gave up on could never be repeated
                // (ALREADY_EXISTS). A dead connection is noticed by the channel's keep-alive pings instead.
                return await client.EnrollAsync(request, cancellationToken: stopping);
            }
            catch (RpcException e) when (Refusal(e, hosts) is { } message)
            {
                throw new EnrollmentException(message, e);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                throw new OperationCanceledException(stopping);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
            {
                delay = backoff.Busy(GatewayTrailers.RetryAfterOf(e.Trailers));
                logger.LogInformation("Enrollment: the server is busy; trying again in {Delay:0.0} s", delay.TotalSeconds);
            }
            catch (Exception e) when (e is RpcException or IOException or HttpRequestException)
            {
                delay = backoff.Next();
                logger.LogWarning("Enrollment: cannot reach the server ({Error}); trying again in {Delay:0.0} s",
                    e is RpcException r ? $"{r.StatusCode}: {r.Status.Detail}" : e.GetBaseException().Message, delay.TotalSeconds);
            }
            await Task.Delay(delay, time, stopping);
        }
    }

    /// <summary>What to tell the operator when the server refused the enrollment; null for failures worth retrying.</summary>
    private static string? Refusal(RpcException e, string[] hosts)
    {
        var what = hosts.Length == 1 ? $"host {hosts[0]}" : $"{hosts.Length} hosts ({hosts[0]}, ...)";
        var detail = string.IsNullOrEmpty(e.Status.Detail) ? "" : $" (server: {e.Status.Detail})";
        return e.StatusCode switch
        {
            StatusCode.Unauthenticated =>
                $"the server refused the enrollment token for {what}: it is unknown, expired, revoked or used up{detail}; " +
                "ask an admin for a new one (POST /v1/iam/agent-enrollments)",
            StatusCode.AlreadyExists =>
                $"the server says {what} is enrolled already{detail}: restore the host's credential file, or revoke its " +
                "credential on the server (DELETE /v1/iam/agent-credentials/{resource_id}) and enroll again",
            StatusCode.PermissionDenied =>
                $"the enrollment token does not cover {what}: a resource id is outside the enrollment's resource_id_prefix{detail}",
            StatusCode.InvalidArgument => $"the server refused {what} as malformed{detail}",
            StatusCode.Unimplemented => $"the server does not support enrollment (AgentGateway/Enroll){detail}; upgrade it",
            _ => null,
        };
    }

    /// <summary>
    /// One credential per host asked for, bound to that host; anything else is the server's mistake, and says so.
    /// </summary>
    private static (List<StoredCredential> Matched, string? Problem) Match(string[] hosts, EnrollReply reply)
    {
        var asked = hosts.ToHashSet(StringComparer.Ordinal);
        var matched = new List<StoredCredential>(hosts.Length);
        string? problem = null;
        foreach (var c in reply.Credentials)
        {
            if (!asked.Remove(c.ResourceId))
            {
                problem ??= $"the server's enrollment reply holds an unexpected or repeated credential for host {c.ResourceId}";
            }
            else if (c.Credential.Length == 0)
            {
                problem ??= $"the server's enrollment reply holds an empty credential for host {c.ResourceId}";
            }
            else
            {
                matched.Add(new StoredCredential(c.ResourceId, c.RegionId, c.ProjectId, c.Credential));
            }
        }
        if (asked.Count > 0)
        {
            problem ??= $"the server's enrollment reply holds no credential for host {asked.First()}";
        }
        return (matched, problem);
    }
}
