namespace Drover.Domain.Jobs;

/// <summary>
/// Error codes for jobs ("documents") and step tasks ("atomics"). COC publishes none for these causes; Drover's use
/// COC's prefix and a range of their own, one code per cause, so a COC client handles them like any other 400.
/// </summary>
public static class JobErrorCodes
{
    public const string DocumentNotFound = "COC.00040901";
    public const string DocumentNameTaken = "COC.00040902";
    public const string DocumentContentInvalid = "COC.00040903";
    public const string DocumentVersionNotFound = "COC.00040904";
    public const string AtomicNotFound = "COC.00040905";
}
