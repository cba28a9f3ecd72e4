using System.CommandLine;
using System.Text.Json;
using Drover.Cli.Api;
using Drover.Cli.Auth;
using Drover.Cli.Output;
using Drover.Protocol.Tls;

namespace Drover.Cli.Commands;

/// <summary>What one CLI invocation writes to and talks through; supplied by <see cref="CliApp"/>.</summary>
internal sealed partial record CliStreams(TextWriter Out, TextWriter Error, HttpMessageHandler? Handler, bool IsTerminal);

/// <summary>Options every command accepts (<c>Recursive</c>, so they may follow the subcommand too).</summary>
internal sealed class GlobalOptions
{
    public const string DefaultServer = "http://127.0.0.1:8080";

    public Option<string?> Server { get; } = new("--server")
    {
        Description = $"Drover server URL, or a server named in the config file [env DROVER_SERVER, default: the config file's default, else {DefaultServer}]",
        HelpName = "URL",
        Recursive = true,
    };

    // No DefaultValueFactory: help would print the token taken from the environment.
    public Option<string?> Token { get; } = new("--token")
    {
        Description = "API token, sent as X-Auth-Token; visible to other local users, prefer DROVER_TOKEN or 'drover login' [env DROVER_TOKEN]",
        HelpName = "TOKEN",
        Recursive = true,
    };

    public Option<string?> Project { get; } = new("--project")
    {
        Description = "Project id, sent as x-project-id [env DROVER_PROJECT, default: the login's project, else 'default']",
        HelpName = "ID",
        Recursive = true,
    };

    public Option<string?> Ca { get; } = new("--ca")
    {
        Description = "PEM file of the CA the server's TLS certificate must chain to [env DROVER_CA]",
        HelpName = "FILE",
        Recursive = true,
    };

    public Option<string?> Fingerprint { get; } = new("--fingerprint")
    {
        Description = "Accept only the server certificate with this SHA-256 fingerprint [env DROVER_FINGERPRINT]",
        HelpName = "SHA256",
        Recursive = true,
    };

    public Option<string> Output { get; } = new Option<string>("--output")
    {
        Description = "table for people, json for scripts (prints the server's data payload)",
        DefaultValueFactory = _ => "table",
        Recursive = true,
    }.OneOf("table", "json");

    public void AddTo(Command root)
    {
        root.Add(Server);
        root.Add(Token);
        root.Add(Project);
        root.Add(Output);
        root.Add(Ca);
        root.Add(Fingerprint);
    }
}

/// <summary>Everything a command body needs: the client, the screen, and whether JSON was asked for.</summary>
internal sealed class CommandContext(DroverClient client, Screen screen, bool json) : IDisposable
{
    public DroverClient Client { get; } = client;
    public Screen Screen { get; } = screen;
    public bool Json { get; } = json;

    public void Dispose() => Client.Dispose();

    /// <summary>Prints the server's payload in JSON mode, or hands over to the table form.</summary>
    public int Print(JsonElement data, Action table)
    {
        if (Json) Screen.Json(data);
        else table();
        return ExitCodes.Ok;
    }
}

/// <summary>
/// Turns command bodies into System.CommandLine actions: builds the client from the global options and maps
/// failures to the documented exit codes and <c>error: ...</c> lines on stderr.
/// </summary>
internal sealed class Session(CliStreams streams, GlobalOptions globals)
{
    public CliStreams Streams { get; } = streams;

    /// <summary>Where <c>drover login</c> keeps tokens, per server.</summary>
    public CredentialStore Credentials => new(CredentialStore.DirectoryFor(Streams.Environment));

    /// <param name="body">The command itself.</param>
    /// <param name="anonymous">Send no token and read no stored login (login and logout handle credentials themselves).</param>
    public Func<ParseResult, CancellationToken, Task<int>> Action(Func<CommandContext, ParseResult, CancellationToken, Task<int>> body, bool anonymous = false) =>
        async (result, ct) =>
        {
            var screen = new Screen(Streams.Out, Streams.Error, Streams.IsTerminal);
            try
            {
                using var context = Open(result, screen, anonymous);
                return await body(context, result, ct);
            }
            catch (DroverApiException e)
            {
                screen.Failure(e.IsRefusal ? $"{e.ErrorCode}: {e.ErrorMsg}" : $"{e.ErrorCode}: {e.ErrorMsg} (HTTP {e.StatusCode})");
                return e.IsRefusal ? ExitCodes.Refused : ExitCodes.Failed;
            }
            catch (ServerUnreachableException e)
            {
                screen.Failure(e.Message);
                return ExitCodes.Unreachable;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                screen.Error.WriteLine("interrupted");
                return ExitCodes.Interrupted;
            }
            catch (Exception e) when (e is UsageException or UnexpectedAnswerException or IOException or UnauthorizedAccessException)
            {
                screen.Failure(e.Message);
                return ExitCodes.Failed;
            }
        };

    private CommandContext Open(ParseResult result, Screen screen, bool anonymous)
    {
        // --server (or DROVER_SERVER) is a URL or the name of a server in the config file; without either, the file's default.
        var named = result.GetValue(globals.Server) ?? Env("DROVER_SERVER");
        var profiles = ServerProfiles.Load(CredentialStore.DirectoryFor(Streams.Environment));
        var profile = profiles.Select(named);
        if (profile is null && named is not null && !named.Contains("://", StringComparison.Ordinal))
            throw new UsageException($"--server '{named}' is neither an http:// or https:// URL nor a server named in {profiles.Path}");
        var server = ServerUri(profile?.Url ?? named ?? GlobalOptions.DefaultServer);
        var login = anonymous ? ResolvedToken.None
            : TokenResolution.Resolve(result.GetValue(globals.Token), Env("DROVER_TOKEN"), () => Credentials.Find(server), server, DateTimeOffset.UtcNow, screen.Error);
        var project = result.GetValue(globals.Project) ?? Env("DROVER_PROJECT") ?? profile?.Project ?? login.Project ?? "default";
        var json = string.Equals(result.GetValue(globals.Output), "json", StringComparison.OrdinalIgnoreCase);
        var trust = Trust(server, result.GetValue(globals.Ca) ?? Env("DROVER_CA") ?? profile?.Ca,
            result.GetValue(globals.Fingerprint) ?? Env("DROVER_FINGERPRINT") ?? profile?.Fingerprint);
        return new CommandContext(new DroverClient(server, login.Token, project, Streams.Handler, trust), screen, json);
    }

    private static Uri ServerUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new UsageException($"--server '{text}' is not an http:// or https:// URL");
        // Relative request paths resolve under the base only if it ends with '/', which keeps a path prefix
        // (a server behind a reverse proxy at /drover/) intact.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }

    /// <summary>The agent's rules (Drover.Protocol.Tls), reported as usage errors.</summary>
    private static ServerCertificateTrust? Trust(Uri server, string? ca, string? fingerprint)
    {
        try
        {
            return ServerCertificateTrust.For(server, ca, fingerprint, "--ca", "--fingerprint");
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private string? Env(string name) => Streams.Environment.Get(name);
}
