namespace Drover.Server.Security.Signing;

/// <summary>
/// The parts of <c>Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…</c>. The signed header names
/// are lowercase, unique, and always include <c>host</c> and <c>x-sdk-date</c>; the signature is 64 hex digits.
/// </summary>
public sealed record SdkAuthorization(string AccessKey, IReadOnlyList<string> SignedHeaders, string Signature);
