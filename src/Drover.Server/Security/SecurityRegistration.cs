using Drover.Server.Security.Access;
using Drover.Server.Security.Identity;
using Drover.Server.Security.Secrets;

namespace Drover.Server.Security;

/// <summary>Identities, credentials and their checks (docs/security.md), registered as one feature.</summary>
public static class SecurityRegistration
{
    public static IServiceCollection AddSecurity(this IServiceCollection s, BootstrapSecret bootstrap, SecretBox secrets)
    {
        s.AddOptions<SecurityOptions>().BindConfiguration("Drover:Security")
            .Validate(o => o.TokenHours is >= 1 and <= 24 * 366, "Drover:Security:TokenHours must be between 1 and 8784")
            .Validate(o => o.SignatureWindowMinutes is >= 1 and <= 60, "Drover:Security:SignatureWindowMinutes must be between 1 and 60")
            .ValidateOnStart();
        s.AddSingleton(bootstrap);
        s.AddSingleton(secrets);
        s.AddSingleton<SealedParameters>();
        s.AddSingleton<SealedGlobals>();
        // First of the hosted services: the engines start on data whose secrets are sealed.
        s.AddHostedService<PlaintextSealing>();
        s.AddHostedService<SharedKeyCheck>();
        s.AddSingleton<Tokens>();
        s.AddSingleton<SignedCallers>();
        s.AddSingleton<Credentials>();
        s.AddSingleton<ProjectScope>();
        return s;
    }
}
