using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Neo4j.Resilience;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Makes the Neo4j graph store.</summary>
public static class Neo4jGraphStoreFactory
{
    /// <summary>
    /// A store that talks to the server of <paramref name="options"/> over the HTTP API that
    /// <see cref="Neo4jStoreOptions.Api"/> chooses. Make one per
    /// process and share it: it holds a connection pool, and it remembers the bookmark of its
    /// last write so that its reads see that write even on another cluster member. The store
    /// is <see cref="IDisposable"/>; dispose it at shutdown. Call
    /// <see cref="IGraphStore.InitializeAsync"/> once before use.
    /// </summary>
    /// <param name="timeProvider">The clock for timeouts, backoff and the circuit breaker; default <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">An option is missing or out of range.</exception>
    public static IGraphStore Create(Neo4jStoreOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Create(options, NewHttpClient(), timeProvider ?? TimeProvider.System, Random.Shared.NextDouble, GraphSchema.Default, ownsHttpClient: true);
    }

    /// <summary>
    /// A connection pool that renews connections every few minutes, so that a cluster's changed
    /// addresses are noticed. The client's own timeout is off: the pipeline times each attempt.
    /// </summary>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The client owns the handler and disposes it with itself.")]
    private static HttpClient NewHttpClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>The store over a given client, clock, randomness and schema: what tests build.</summary>
    internal static Neo4jGraphStore Create(
        Neo4jStoreOptions options, HttpClient http, TimeProvider timeProvider, Func<double> randomizer, GraphSchema schema, bool ownsHttpClient)
    {
        options.Validate();
        return new Neo4jGraphStore(CreateRunner(options, http, timeProvider, randomizer), schema, options.BatchSize, ownsHttpClient ? http : null);
    }

    /// <summary>The runner the store sends its Cypher through: the runner of the API the options choose, inside the resilience pipeline.</summary>
    internal static ICypherRunner CreateRunner(Neo4jStoreOptions options, HttpClient http, TimeProvider timeProvider, Func<double> randomizer)
    {
        var transport = new Neo4jHttpTransport(http, options, timeProvider);
        ICypherRunner runner = options.ResolvedApi == Neo4jApi.Query
            ? new QueryCypherRunner(transport)
            : new TransactionalCypherRunner(transport, options.MaxRequestBytes);
        return new ResilientCypherRunner(runner, options, timeProvider, randomizer);
    }
}
