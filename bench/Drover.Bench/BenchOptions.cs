using System.Globalization;

namespace Drover.Bench;

/// <summary>What every benchmark accepts: <c>--quick</c> (under a minute each), <c>--no-build</c>, <c>--hosts N</c> to
/// change its host count, <c>--postgres CONN</c> (an admin connection: the bench creates a database per run in it).</summary>
internal sealed record BenchOptions(bool Quick, bool NoBuild, int? Hosts, string? Postgres)
{
    public static BenchOptions Parse(string[] args)
    {
        bool quick = false, noBuild = false;
        int? hosts = null;
        string? postgres = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--no-build": noBuild = true; break;
                case "--hosts" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
                    hosts = n; i++; break;
                case "--postgres" when i + 1 < args.Length: postgres = args[++i]; break;
                default: throw new ArgumentException($"unknown or incomplete option: {args[i]}");
            }
        }
        return new BenchOptions(quick, noBuild, hosts, postgres);
    }
}
