using System.Net;
using Microsoft.Extensions.Options;

namespace Drover.Server.Jobs.ApiStep;

public static class ApiStepRegistration
{
    /// <summary>Registers <see cref="ApiCaller"/>, its options (section <c>Drover:Jobs:Api</c>, checked at startup) and its HttpClient.</summary>
    public static IServiceCollection AddApiStep(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiStepOptions>().Bind(configuration.GetSection(ApiStepOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiStepOptions>, ApiStepOptionsValidation>();
        services.AddHttpClient(ApiCaller.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan) // the step's own timeout rules
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Followed by ApiCaller, hop by hop, within the allow-list.
                AllowAutoRedirect = false,
                // Steps of different jobs must not share a cookie jar.
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
            })
            // The factory's loggers log request URLs with queries and, at trace level, headers: ApiCaller logs instead.
            .RemoveAllLoggers();
        services.AddSingleton<ApiCaller>();
        return services;
    }
}
