using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KnowledgeGraph.Storage.Neo4j.Resilience;

/// <summary>
/// Runs each unit of work through a Polly pipeline: retry (outermost; transient failures only,
/// exponential backoff with jitter, capped) around a circuit breaker around a per-attempt
/// timeout. A retry repeats the whole unit, which is safe because every write is an upsert or
/// a delete by id. Clock and randomness are injected so that tests drive them.
/// </summary>
internal sealed class ResilientCypherRunner : ICypherRunner
{
    private readonly ICypherRunner _inner;
    private readonly Neo4jStoreOptions _options;
    private readonly ResiliencePipeline _pipeline;

    public ResilientCypherRunner(ICypherRunner inner, Neo4jStoreOptions options, TimeProvider timeProvider, Func<double> randomizer)
    {
        _inner = inner;
        _options = options;
        _pipeline = BuildPipeline(options, timeProvider, randomizer);
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(
        IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var purpose = statements.Count > 0 ? statements[0].Purpose : "run an empty transaction";
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    Interlocked.Increment(ref attempts);
                    return await _inner.RunAsync(statements, accessMode, token);
                },
                cancellationToken);
        }
        catch (GraphStoreException e) when (e.IsTransient && attempts > 1)
        {
            throw new GraphStoreException($"{e.Message} (gave up after {attempts} attempts)", isTransient: true, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new GraphStoreException(
                $"could not {purpose}: Neo4j did not answer within {_options.AttemptTimeout.TotalSeconds:0.###} s (gave up after {attempts} attempts)",
                isTransient: true, e);
        }
        catch (BrokenCircuitException e)
        {
            throw new GraphStoreException(
                $"could not {purpose}: Neo4j failed too often lately, so calls are paused for up to {_options.BreakerDuration.TotalSeconds:0.###} s before one is let through to test it",
                isTransient: true, e);
        }
    }

    private static ResiliencePipeline BuildPipeline(Neo4jStoreOptions options, TimeProvider timeProvider, Func<double> randomizer)
    {
        var transient = new PredicateBuilder()
            .Handle<GraphStoreException>(e => e.IsTransient)
            .Handle<TimeoutRejectedException>();
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                Randomizer = randomizer,
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerDuration,
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}
