using Microsoft.Extensions.Options;

namespace Drover.Server.Jobs.ApiStep;

/// <summary>Fails startup on a malformed allow-list entry rather than silently never matching it.</summary>
public sealed class ApiStepOptionsValidation : IValidateOptions<ApiStepOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiStepOptions options)
    {
        var problems = new List<string>();
        for (var i = 0; i < options.AllowedHosts.Count; i++)
        {
            if (AllowedHost.Parse(options.AllowedHosts[i], out _) is { } problem)
                problems.Add($"{ApiStepOptions.AllowedHostsKey}:{i}: {problem}");
        }
        if (options.MaxResponseBytes < 1)
            problems.Add($"{ApiStepOptions.Section}:MaxResponseBytes must be at least 1");
        if (options.MaxTimeoutSeconds < 1)
            problems.Add($"{ApiStepOptions.Section}:MaxTimeoutSeconds must be at least 1");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
