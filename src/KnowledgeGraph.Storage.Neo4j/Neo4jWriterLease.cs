using System.Globalization;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The writer lease on Neo4j: a <c>(:WriterLease {name: 'ingestion'})</c> node holding the
/// holder's token and an expiry. Several processes on several machines share one server, so
/// no OS lock can serve; a holder that dies leaves the node behind, and the expiry frees it.
/// The expiry is long enough for a full ingestion of a large graph; a stale lease can also be
/// cleared by hand with <c>MATCH (l:WriterLease) DELETE l</c>.
/// </summary>
internal sealed class Neo4jWriterLease : IAsyncDisposable
{
    /// <summary>How long a lease lasts unless given back: a holder that died frees it after this.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private const string Name = "ingestion";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly ICypherRunner _runner;
    private readonly string _token;

    private Neo4jWriterLease(ICypherRunner runner, string token)
    {
        _runner = runner;
        _token = token;
    }

    public static async Task<IAsyncDisposable> AcquireAsync(
        ICypherRunner runner, string holder, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        var token = Guid.NewGuid().ToString("N");
        var started = time.GetTimestamp();
        while (true)
        {
            var answer = await TakeAsync(runner, holder, token, time, cancellationToken);
            if (answer[0] is true)
            {
                return new Neo4jWriterLease(runner, token);
            }

            if (time.GetElapsedTime(started) >= wait)
            {
                throw new GraphStoreException(
                    $"another ingestion holds the writer lease on Neo4j ({answer[1] as string}, since {answer[2] as string}); waited {wait.TotalSeconds:0.#} s for it to finish. Run again once it has, or stop it",
                    isTransient: false);
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() =>
        await _runner.RunAsync(
            [new CypherStatement("give back the writer lease", CypherQueries.ReleaseWriterLease,
                new Dictionary<string, object?> { ["name"] = Name, ["token"] = _token })],
            AccessMode.Write,
            CancellationToken.None);

    private static async Task<IReadOnlyList<object?>> TakeAsync(
        ICypherRunner runner, string holder, string token, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var properties = new Dictionary<string, object?>
        {
            ["token"] = token,
            ["holder"] = holder,
            ["since"] = now.ToString("u", CultureInfo.InvariantCulture),
            ["expiresAt"] = (now + Lifetime).ToUnixTimeMilliseconds(),
        };
        var results = await runner.RunAsync(
            [new CypherStatement("take the writer lease", CypherQueries.TakeWriterLease,
                new Dictionary<string, object?> { ["name"] = Name, ["now"] = now.ToUnixTimeMilliseconds(), ["properties"] = properties })],
            AccessMode.Write,
            cancellationToken);
        return results is [{ Rows: [var row] }]
            ? row
            : throw new GraphStoreException("could not take the writer lease: Neo4j answered no row", isTransient: false);
    }
}
