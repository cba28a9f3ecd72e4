namespace Drover.Server.Limits;

public static class LimitsRegistration
{
    /// <summary>The request limits: bound, made strict once if asked, and checked at start.</summary>
    public static IServiceCollection AddLimits(this IServiceCollection s)
    {
        s.AddOptions<LimitsOptions>().BindConfiguration("Drover:Limits")
            .PostConfigure(o => o.ApplyStrict())
            .Validate(o => o.MaxHostsPerTicket >= 1 && o.MaxBatches >= 1 && o.MaxHostsPerBatch >= 1 && o.MaxBatchPageSize >= 1,
                "Drover:Limits: MaxHostsPerTicket, MaxBatches, MaxHostsPerBatch and MaxBatchPageSize must be at least 1")
            .Validate(o => o.MaxScriptBytes >= 1 && o.MaxTimeoutSeconds >= 1 && o.MaxMessageBytes >= 1 && o.MaxOutputBytes >= 1,
                "Drover:Limits: MaxScriptBytes, MaxTimeoutSeconds, MaxMessageBytes and MaxOutputBytes must be at least 1")
            .ValidateOnStart();
        return s;
    }
}
