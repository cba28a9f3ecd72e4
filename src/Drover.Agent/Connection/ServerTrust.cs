using System.Net.Security;
using Drover.Protocol.Tls;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Connection;

/// <summary>
/// The agent's side of TLS: which server certificate it accepts (<c>--server-ca</c>, <c>--server-fingerprint</c>,
/// else the system's roots), checked when the agent starts, and a refusal logged as an error naming what was expected,
/// since an agent that silently never connects is the hardest failure to diagnose.
/// </summary>
internal static class ServerTrust
{
    /// <summary>Null for a plain http (loopback) server. Throws <see cref="ArgumentException"/> for options that break the rules.</summary>
    public static ServerCertificateTrust? For(AgentOptions options) =>
        ServerCertificateTrust.For(new Uri(options.Server), options.ServerCaFile, options.ServerFingerprint,
            "--server-ca", "--server-fingerprint");

    /// <summary>The validation callback for the agent's <see cref="SocketsHttpHandler"/>; null keeps the handler's default (http).</summary>
    public static RemoteCertificateValidationCallback? Callback(ServerCertificateTrust? trust, ILogger logger) =>
        trust?.Callback(refusal => logger.LogError("TLS: {Refusal}", refusal));
}
