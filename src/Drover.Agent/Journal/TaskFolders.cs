using Drover.Agent.Running;

namespace Drover.Agent.Journal;

/// <summary>
/// A host's supervised task folders, <c>&lt;journal&gt;/&lt;resource_id&gt;/tasks/&lt;dispatch&gt;</c>. Like the
/// output spool, a folder is kept until the server acknowledges the dispatch's result.
/// </summary>
internal sealed class TaskFolders(string directory)
{
    public string Folder { get; } = directory;

    public TaskFolder For(string dispatchId) => new(Path.Combine(Folder, SafeFileName.For(dispatchId)));

    /// <summary>Removes the folders of dispatches nobody will ask about again.</summary>
    public void DeleteAllExcept(IEnumerable<string> dispatchIds)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }
        var keep = dispatchIds.Select(SafeFileName.For).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateDirectories(Folder))
        {
            if (!keep.Contains(Path.GetFileName(path)))
            {
                new TaskFolder(path).Delete();
            }
        }
    }
}
