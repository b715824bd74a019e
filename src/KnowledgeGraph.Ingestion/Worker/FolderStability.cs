namespace KnowledgeGraph.Ingestion.Worker;

/// <summary>
/// Waits until the fact files of a folder stop changing, then names those that still look
/// unfinished. A change event says only that writing began: an editor or a script may pause
/// between writes, truncate before writing, or be cut off. So the watcher publishes nothing
/// until every file's size and time of last write have held for a settle interval, and no
/// changed file is empty or ends mid-line — a YAML fact file written whole by an editor, git or
/// a serializer ends with a line break, while a write cut off inside a quote or a key does not.
/// Files as they were last accepted are not judged again, so an old file without a final line
/// break never holds back a change elsewhere.
/// </summary>
internal sealed class FolderStability(TimeProvider time, TimeSpan settle)
{
    private Dictionary<string, FileMark> _accepted = new(StringComparer.Ordinal);

    /// <summary>Takes the folder's files as they are now as whole, e.g. before the first ingestion reads them.</summary>
    public void Accept(string folder) => _accepted = Fingerprint(folder).ToDictionary(f => f.Path, StringComparer.Ordinal);

    /// <summary>
    /// Returns once the folder has been unchanged for the settle interval; the result lists the
    /// files (relative paths) changed since last accepted that are empty or do not end with a
    /// line break, and is empty when all look whole. Files that look whole are accepted.
    /// </summary>
    public async Task<IReadOnlyList<string>> WaitUntilStableAsync(string folder, CancellationToken cancellationToken)
    {
        var before = Fingerprint(folder);
        while (true)
        {
            await Task.Delay(settle, time, cancellationToken);
            var now = Fingerprint(folder);
            if (now.SequenceEqual(before))
            {
                var unfinished = now
                    .Where(file => !_accepted.TryGetValue(file.Path, out var seen) || seen != file)
                    .Where(file => !LooksWhole(Path.Join(folder, file.Path), file.Length))
                    .Select(file => file.Path)
                    .ToHashSet(StringComparer.Ordinal);
                _accepted = now.Where(file => !unfinished.Contains(file.Path)).ToDictionary(f => f.Path, StringComparer.Ordinal);
                return [.. unfinished.Order(StringComparer.Ordinal)];
            }

            before = now;
        }
    }

    private static List<FileMark> Fingerprint(string folder) =>
        Directory.Exists(folder)
            ? [.. FactFolder.FilesBelow(folder).Select(path => Mark(folder, path)).OfType<FileMark>()]
            : [];

    private static FileMark? Mark(string folder, string path)
    {
        var file = new FileInfo(Path.Join(folder, path));
        file.Refresh();
        return file.Exists ? new FileMark(path, file.Length, file.LastWriteTimeUtc) : null;
    }

    private static bool LooksWhole(string path, long length)
    {
        if (length == 0)
        {
            return false;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Seek(-1, SeekOrigin.End);
            return stream.ReadByte() == '\n';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or locked since the fingerprint: the change that did it brings another check.
            return false;
        }
    }

    private sealed record FileMark(string Path, long Length, DateTime LastWrite);
}
