using Drover.Domain.Jobs;

namespace Drover.Server.Jobs.ApiStep;

/// <summary>One <c>executeAPI</c> request, its inputs already interpolated.</summary>
/// <param name="HeadersJson">A JSON object of strings, e.g. <c>{"X-Auth-Token":"..."}</c>; null or blank for none.</param>
/// <param name="Body">Sent as given; null or empty sends no body.</param>
/// <param name="Outputs">Values to pick from the JSON response; when any is declared the response must be JSON.</param>
public sealed record ApiCallRequest(
    string Method, string Url, string? HeadersJson, string? Body, int TimeoutSeconds, IReadOnlyList<StepOutput> Outputs);
