using System.Text.Json;
using Drover.Agent.Running;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Journal;

/// <summary>
/// Where each host keeps the credential it got at enrollment: <c>&lt;journal-dir&gt;/&lt;host&gt;/credential</c>, JSON,
/// mode 0600, in a 0700 host folder under a 0700 journal root that the agent's user owns (see docs/security.md).
/// Reading checks the same: a file that is not ours, not a plain file, or open to other users is refused, not used.
/// Because no one else may write in these directories, what was checked is what is then read.
/// </summary>
internal sealed class CredentialStore
{
    public const string FileName = "credential";

    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly string _root;
    private readonly ILogger _logger;

    private CredentialStore(string root, ILogger logger)
    {
        _root = root;
        _logger = logger;
    }

    /// <summary>Checks (creating if needed) the journal root; throws an IOException naming the problem if it is unsafe.</summary>
    public static CredentialStore Open(string journalDirectory, ILogger logger)
    {
        var root = Path.GetFullPath(journalDirectory);
        PrivateDirectory.Ensure(root, logger);
        return new CredentialStore(root, logger);
    }

    public string PathFor(string resourceId) => Path.Combine(_root, SafeFileName.For(resourceId), FileName);

    /// <summary>The host's credential, or null if it has none yet. Throws an IOException if the file is unsafe or unreadable.</summary>
    public StoredCredential? Read(string resourceId)
    {
        var path = PathFor(resourceId);
        if (!OperatingSystem.IsWindows())
        {
            if (Libc.LStat(Path.GetDirectoryName(path)!) is null)
            {
                return null;
            }
            PrivateDirectory.Ensure(Path.GetDirectoryName(path)!, _logger);
            if (Libc.LStat(path) is not { } stat)
            {
                return null;
            }
            Check(path, stat);
        }
        else if (!File.Exists(path))
        {
            return null;
        }
        StoredCredential? credential;
        try
        {
            credential = JsonSerializer.Deserialize<StoredCredential>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            // The message of a JsonException may quote the file: keep only where it broke.
            throw new IOException($"credential file {path} is not valid JSON (line {e.LineNumber}); restore it or re-enroll the host", e.InnerException);
        }
        if (credential is null || string.IsNullOrEmpty(credential.Credential) || credential.ResourceId != resourceId)
        {
            throw new IOException($"credential file {path} does not hold a credential for host {resourceId}; restore it or re-enroll the host");
        }
        return credential;
    }

    /// <summary>Stores the host's credential: written aside with mode 0600, fsynced, renamed over, and the folder fsynced.</summary>
    public void Write(StoredCredential credential)
    {
        var path = PathFor(credential.ResourceId);
        var folder = Path.GetDirectoryName(path)!;
        PrivateDirectory.Ensure(folder, _logger);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Created with its mode, so the credential is never, even briefly, in a file others may open.
            options.UnixCreateMode = OwnerReadWrite;
        }
        try
        {
            using (var file = new FileStream(temp, options))
            {
                JsonSerializer.Serialize(file, credential, Json);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        if (!OperatingSystem.IsWindows())
        {
            // Losing the file after the server issued it would leave the host unable to connect until it is revoked.
            Libc.FsyncDirectory(folder);
        }
    }

    private static void Check(string path, FileOwner stat)
    {
        var me = Libc.GetEffectiveUserId();
        if (stat.IsSymlink)
        {
            throw new IOException($"refusing credential file {path}: it is a symlink");
        }
        if (!stat.IsRegularFile)
        {
            throw new IOException($"refusing credential file {path}: it is not a plain file");
        }
        if (stat.Uid != me)
        {
            throw new IOException($"refusing credential file {path}: it is owned by uid {stat.Uid}, not by the agent's user (uid {me})");
        }
        if ((stat.Permissions & ~OwnerReadWrite) != 0)
        {
            throw new IOException(
                $"refusing credential file {path}: mode {stat.Octal} lets other users (or programs) read or run it; " +
                "treat it as leaked: revoke the host's credential on the server, remove the file and enroll again");
        }
    }
}
