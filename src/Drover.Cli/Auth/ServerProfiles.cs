using System.Globalization;

using Drover.Cli.Commands;

namespace Drover.Cli.Auth;

/// <summary>One named server of the config file: its URL and what to send it by default.</summary>
internal sealed record ServerProfile(string Name, string Url, string? Project, string? Ca, string? Fingerprint);

/// <summary>
/// The CLI's config file, <c>&lt;config dir&gt;/config</c> (<c>~/.config/drover/config</c>): named servers, so
/// <c>--server prod</c> means the URL, project and TLS trust written under <c>[prod]</c>, and <c>default = prod</c>
/// names the server used when none is given. An INI file:
/// <code>
/// default = prod
///
/// [prod]
/// server = https://drover.prod.example:8080
/// project = ops
/// ca = /etc/drover/ca.pem
/// </code>
/// Keys: <c>server</c> (required), <c>project</c>, <c>ca</c>, <c>fingerprint</c>. No secret belongs here: tokens are
/// kept by <c>drover login</c> in the credentials file beside it.
/// </summary>
internal sealed class ServerProfiles
{
    private static readonly HashSet<string> Keys = ["server", "project", "ca", "fingerprint"];

    public IReadOnlyDictionary<string, ServerProfile> Servers { get; }
    public string? Default { get; }
    public string Path { get; }

    private ServerProfiles(string path, IReadOnlyDictionary<string, ServerProfile> servers, string? @default)
    {
        Path = path;
        Servers = servers;
        Default = @default;
    }

    /// <summary>The config file in <paramref name="dir"/>; empty when there is none. A malformed file is a usage error naming its line.</summary>
    public static ServerProfiles Load(string dir)
    {
        var path = System.IO.Path.Combine(dir, "config");
        if (!File.Exists(path)) return new ServerProfiles(path, new Dictionary<string, ServerProfile>(), null);
        string? @default = null;
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            string Where() => string.Create(CultureInfo.InvariantCulture, $"{path}:{number}");
            if (line[0] == '[')
            {
                if (!line.EndsWith(']') || line.Length < 3) throw new UsageException($"{Where()}: a section is written [name]");
                var name = line[1..^1].Trim();
                if (sections.ContainsKey(name)) throw new UsageException($"{Where()}: server '{name}' is defined twice");
                sections[name] = current = new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }
            var eq = line.IndexOf('=');
            if (eq <= 0) throw new UsageException($"{Where()}: expected key = value");
            var key = line[..eq].Trim();
            var value = line[(eq + 1)..].Trim();
            if (current is null)
            {
                if (key != "default") throw new UsageException($"{Where()}: only 'default' may come before the first [server]");
                @default = value;
                continue;
            }
            if (!Keys.Contains(key)) throw new UsageException($"{Where()}: unknown key '{key}' (one of: {string.Join(", ", Keys)})");
            current[key] = value;
        }
        var servers = new Dictionary<string, ServerProfile>(StringComparer.Ordinal);
        foreach (var (name, keys) in sections)
        {
            if (!keys.TryGetValue("server", out var url)) throw new UsageException($"{path}: [{name}] has no 'server = URL'");
            servers[name] = new ServerProfile(name, url, keys.GetValueOrDefault("project"), keys.GetValueOrDefault("ca"), keys.GetValueOrDefault("fingerprint"));
        }
        if (@default is not null && !servers.ContainsKey(@default)) throw new UsageException($"{path}: default = {@default}, but there is no [{@default}]");
        return new ServerProfiles(path, servers, @default);
    }

    /// <summary>The profile <paramref name="server"/> names (a name, not a URL), or the default one when none is given.</summary>
    public ServerProfile? Select(string? server) =>
        server is null ? Default is null ? null : Servers[Default]
        : Servers.GetValueOrDefault(server);
}
