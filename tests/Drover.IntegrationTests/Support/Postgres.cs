using System.Diagnostics;
using Npgsql;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// A real PostgreSQL for the tests. <c>DROVER_TEST_POSTGRES</c> names a running server (an admin connection string;
/// <c>.ci/run</c> starts a throwaway cluster and sets it); without it, a throwaway cluster is started here from the
/// installed PostgreSQL binaries on first use and stopped when the test process exits. Each caller gets a fresh,
/// empty database, so tests never see each other's rows.
/// </summary>
public static class Postgres
{
    /// <summary><c>DROVER_TEST_DATABASE=postgres</c> runs the whole integration suite on PostgreSQL instead of SQLite.</summary>
    public static bool IsDefault =>
        string.Equals(Environment.GetEnvironmentVariable("DROVER_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    private static readonly Lazy<Task<string>> Server = new(ServerAsync);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Server.Value;
        var name = "drover_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 30 }.ConnectionString;
    }

    private static async Task<string> ServerAsync()
    {
        var given = Environment.GetEnvironmentVariable("DROVER_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given)) return given;
        return await ThrowawayCluster.StartAsync();
    }

    private static class ThrowawayCluster
    {
        public static async Task<string> StartAsync()
        {
            var bin = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                    .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
                : null;
            if (bin is null)
                throw new InvalidOperationException(
                    "PostgreSQL tests need a server: set DROVER_TEST_POSTGRES to an admin connection string, or install PostgreSQL (apt-get install postgresql)");
            var dir = Directory.CreateTempSubdirectory("drover-pg-").FullName;
            var port = FreePort.Next();
            // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
            var asRoot = Environment.UserName == "root";
            if (asRoot) await RunAsync("chown", ["postgres", dir]);
            await RunAsync(Path.Combine(bin, "initdb"), ["-D", Path.Combine(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8"], asRoot);
            // Durability of this throwaway cluster is not under test (the tests kill Drover, not PostgreSQL).
            var settings = $"-p {port} -c listen_addresses=127.0.0.1 -k {dir} -c max_connections=500 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(dir, "data"), "-o", settings, "-l", Path.Combine(dir, "log"), "-w", "start"], asRoot);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(dir, "data"), "-m", "immediate", "stop"], asRoot).GetAwaiter().GetResult();
            return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
        }

        private static async Task RunAsync(string program, string[] args, bool asPostgres = false)
        {
            var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
            foreach (var a in args) start.ArgumentList.Add(a);
            using var p = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
            var output = p.StandardOutput.ReadToEndAsync();
            var errors = p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            if (p.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {p.ExitCode}: {await output}{await errors}");
        }
    }
}
