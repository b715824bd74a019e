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
/// a delete by id. When every attempt fails, the error names each attempt's failure in order.
/// Clock and randomness are injected so that tests drive them.
/// </summary>
internal sealed class ResilientCypherRunner : ICypherRunner
{
    private static readonly ResiliencePropertyKey<List<Exception>> FailedAttempts = new("neo4j.failed-attempts");

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
        var purpose = statements.Count > 0 ? statements[0].Purpose : "run an empty transaction";
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        var failedAttempts = new List<Exception>();
        context.Properties.Set(FailedAttempts, failedAttempts);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (context, work) => await work.Inner.RunAsync(work.Statements, work.AccessMode, context.CancellationToken),
                context,
                (Inner: _inner, Statements: statements, AccessMode: accessMode));
        }
        catch (BrokenCircuitException e)
        {
            throw new GraphStoreException(
                $"could not {purpose}: Neo4j failed too often lately, so calls are paused for up to {_options.BreakerDuration.TotalSeconds:0.###} s before one is let through to test it",
                isTransient: true, e);
        }
        catch (GraphStoreException) when (failedAttempts.Count == 0)
        {
            throw;
        }
        catch (Exception e) when (e is GraphStoreException or TimeoutRejectedException)
        {
            failedAttempts.Add(e);
            throw GaveUp(purpose, failedAttempts);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// The failure to report when the last attempt timed out or followed earlier failed ones:
    /// one naming every attempt's failure in order, since the first often tells more than the last.
    /// </summary>
    private GraphStoreException GaveUp(string purpose, List<Exception> failedAttempts)
    {
        var last = failedAttempts[^1];
        var isTransient = last is TimeoutRejectedException || ((GraphStoreException)last).IsTransient;
        if (failedAttempts.Count == 1)
        {
            return new GraphStoreException($"could not {purpose}: {Describe(last)}", isTransient, last);
        }

        var attempts = string.Join("; ", failedAttempts.Select((e, i) => $"attempt {i + 1}: {Describe(e)}"));
        return new GraphStoreException(
            $"could not {purpose}: gave up after {failedAttempts.Count} attempts ({attempts})", isTransient, new AggregateException(failedAttempts));
    }

    private string Describe(Exception failure) => failure is TimeoutRejectedException
        ? $"Neo4j did not answer within {_options.AttemptTimeout.TotalSeconds:0.###} s"
        : failure.Message;

    /// <summary>Keeps every failed attempt's exception on the call's context, since the retry strategy sees each one only once.</summary>
    private static ValueTask KeepFailure(OnRetryArguments<object> arguments)
    {
        if (arguments.Outcome.Exception is { } failure && arguments.Context.Properties.TryGetValue(FailedAttempts, out var failures))
        {
            failures.Add(failure);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The pipeline every unit of work runs through: retry, then circuit breaker, then the attempt's timeout.</summary>
    internal static ResiliencePipeline BuildPipeline(Neo4jStoreOptions options, TimeProvider timeProvider, Func<double> randomizer)
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
                OnRetry = KeepFailure,
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
