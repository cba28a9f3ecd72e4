namespace Drover.IntegrationTests.Security.SecretsAtRest;

/// <summary>The data directory is 0700 and the files Drover keeps in it 0600, even where an older version (or a umask) left them open.</summary>
public sealed class DataDirectoryModeTests
{
    private const UnixFileMode Owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Open = (UnixFileMode)0b111_101_101; // 0755
    private const UnixFileMode OpenFile = (UnixFileMode)0b110_100_100; // 0644

    [Fact]
    public async Task A_data_directory_and_files_left_readable_by_others_are_closed_at_start()
    {
        if (OperatingSystem.IsWindows()) return;
        var dir = Directory.CreateTempSubdirectory("drover-modes-").FullName;
        try
        {
            File.SetUnixFileMode(dir, Open);
            // A key written by hand (or by an older version) with the usual umask: readable by everyone.
            var key = Path.Combine(dir, "secret.key");
            await File.WriteAllTextAsync(key, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            File.SetUnixFileMode(key, OpenFile);

            await using (var d = await TestDrover.StartAsync("--data-dir", dir))
            {
                // Something written, so SQLite has its WAL and shared-memory files.
                await d.CreateScriptAsync("echo hi");
                File.GetUnixFileMode(dir).ShouldBe(Owner);
                File.GetUnixFileMode(key).ShouldBe(OwnerReadWrite);
                if (StoredSecrets.SqliteFile(d.Services) is { } db)
                {
                    Path.GetDirectoryName(db).ShouldBe(dir);
                    foreach (var f in new[] { db, db + "-wal", db + "-shm" })
                    {
                        File.Exists(f).ShouldBeTrue(f);
                        File.GetUnixFileMode(f).ShouldBe(OwnerReadWrite, f);
                    }
                }
                foreach (var f in Directory.EnumerateFiles(dir))
                    (File.GetUnixFileMode(f) & (UnixFileMode)0b000_111_111).ShouldBe((UnixFileMode)0, f);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
