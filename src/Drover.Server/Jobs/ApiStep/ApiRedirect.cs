using System.Net;

namespace Drover.Server.Jobs.ApiStep;

/// <summary>
/// How a redirect is followed. The handler's own redirect following is off, because it would go to any host;
/// Drover follows here, checking every hop against the allow-list. The rules are HttpClient's own.
/// </summary>
public static class ApiRedirect
{
    public const int MaxRedirects = 5;

    /// <summary>Headers that prove who the caller is: not carried to another origin, as HttpClient does for Authorization.</summary>
    private static readonly HashSet<string> Credentials = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie",
    };

    public static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently
        or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>301/302 turn a POST into a GET and 303 turns anything but HEAD into a GET, without the body; 307/308 keep both.</summary>
    public static bool DropsBody(HttpStatusCode status, string method) => status switch
    {
        HttpStatusCode.SeeOther => method != "HEAD",
        HttpStatusCode.MovedPermanently or HttpStatusCode.Found => method == "POST",
        _ => false,
    };

    public static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && a.Port == b.Port && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<KeyValuePair<string, string>> HeadersFor(
        IReadOnlyList<KeyValuePair<string, string>> headers, Uri first, Uri next) =>
        SameOrigin(first, next) ? headers : headers.Where(h => !Credentials.Contains(h.Key)).ToList();
}
