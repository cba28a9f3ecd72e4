namespace Drover.Domain.Common;

/// <summary>
/// Every error code Drover answers with, in one place. COC's own codes are kept where COC has one for the cause;
/// Drover's additions use the same prefix and ranges so a COC client handles them like any other 400.
/// </summary>
public static class ErrorCodes
{
    // COC's codes.
    public const string InvalidParameter = "COC.00010002";
    public const string ScriptInvalid = "COC.00040601";
    public const string ScriptNotFound = "COC.00040603";
    public const string InternalError = "COC.00040701";
    public const string TicketNotFound = "COC.00040709";
    public const string Unauthorized = "common.01010001";

    // Drover's additions: one per rule a request can break.
    public const string MalformedBody = "COC.00010003";
    public const string ScriptNameTaken = "COC.00040602";
    public const string ScriptNotApproved = "COC.00040605";
    public const string ScriptNotPendingApproval = "COC.00040606";
    public const string TicketStateRefuses = "COC.00040710";
    public const string InstanceNotFound = "COC.00040711";
    public const string InstanceStateRefuses = "COC.00040712";
    public const string BatchNotFound = "COC.00040713";
    public const string BatchEnded = "COC.00040714";
    public const string NothingToRetry = "COC.00040715";
    public const string NoBatchLeft = "COC.00040716";
    /// <summary>Answered 503: the replica advancing the target did not answer in time; the request stays queued.</summary>
    public const string OutcomePending = "COC.00040717";
    public const string Forbidden = "common.01010003";

    // The HTTP edge: answers about the request as a whole, before any endpoint judges its content.
    /// <summary>413: the body is over the endpoint's limit (Drover:BodyLimits).</summary>
    public const string RequestTooLarge = "COC.00010004";
    /// <summary>408: the body arrived too slowly (or never).</summary>
    public const string RequestTimedOut = "COC.00010005";
    /// <summary>429: Huawei Cloud's API gateway code for a throttled call, which COC's own FAQ shows (Drover:RateLimits).</summary>
    public const string Throttled = "APIG.0308";

    // Jobs ("documents") and step tasks ("atomics").
    public const string DocumentNotFound = "COC.00040901";
    public const string DocumentNameTaken = "COC.00040902";
    public const string DocumentContentInvalid = "COC.00040903";
    public const string DocumentVersionNotFound = "COC.00040904";
    public const string AtomicNotFound = "COC.00040905";

    // Job tickets (executions).
    public const string ExecutionNotFound = "COC.00060401";
    public const string ExecutionStateRefuses = "COC.00060402";
    public const string ExecutionTypeRefuses = "COC.00060403";
    public const string ExecutionStepNotFound = "COC.00060404";
    public const string ExecutionInvalid = "COC.00060405";

    // Identities (projects, users, keys, enrollments, agent credentials) and review.
    public const string ProjectNotFound = "COC.00070401";
    public const string ProjectNameTaken = "COC.00070402";
    public const string ProjectNotEmpty = "COC.00070403";
    public const string UserNotFound = "COC.00070404";
    public const string UserNameTaken = "COC.00070405";
    public const string AccessKeyNotFound = "COC.00070406";
    public const string TooManyAccessKeys = "COC.00070407";
    public const string EnrollmentNotFound = "COC.00070408";
    public const string AgentCredentialNotFound = "COC.00070409";
    public const string ReviewerInvalid = "COC.00040607";
    public const string ReviewRefused = "COC.00040608";
    public const string ReviewersRequired = "COC.00040609";
}
