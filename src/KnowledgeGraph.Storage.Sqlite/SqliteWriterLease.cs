using System.Globalization;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The writer lease of a SQLite file: an exclusive lock on a file beside it
/// (<c>&lt;database&gt;.writer-lock</c>). SQLite's own write lock lasts one transaction, but
/// an ingestion run reads, diffs and writes in several; this lock spans the whole run. .NET
/// takes an OS file lock for <see cref="FileShare.None"/>, which the OS drops when the holding
/// process dies, so a killed ingestion never leaves the database locked. Who holds it is
/// written to <c>&lt;database&gt;.writer-lock.holder</c> for the waiters' error message.
/// </summary>
internal sealed class SqliteWriterLease : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _lock;

    private SqliteWriterLease(FileStream lockFile) => _lock = lockFile;

    public static async Task<IAsyncDisposable> AcquireAsync(
        string databasePath, string holder, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        var lockPath = databasePath + ".writer-lock";
        var started = time.GetTimestamp();
        while (true)
        {
            if (TryTake(lockPath) is { } lease)
            {
                await lease.RecordHolderAsync(HolderPath(lockPath), holder, time, cancellationToken);
                return lease;
            }

            if (time.GetElapsedTime(started) >= wait)
            {
                throw new GraphStoreException(
                    $"another ingestion holds the writer lease of '{databasePath}' ({LastHolder(lockPath)}); waited {wait.TotalSeconds:0.#} s for it to finish. Run again once it has, or stop it",
                    isTransient: false);
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _lock.DisposeAsync();

    private async Task RecordHolderAsync(string path, string holder, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllTextAsync(path, string.Create(CultureInfo.InvariantCulture, $"{holder}, since {time.GetUtcNow():u}"), cancellationToken);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private static SqliteWriterLease? TryTake(string lockPath)
    {
        try
        {
            return new SqliteWriterLease(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            throw new GraphStoreException($"cannot take the writer lease '{lockPath}': {e.Message}", isTransient: false, e);
        }
    }

    private static string LastHolder(string lockPath)
    {
        try
        {
            return File.ReadAllText(HolderPath(lockPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "holder unknown";
        }
    }

    private static string HolderPath(string lockPath) => lockPath + ".holder";
}
