using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Testing;
using Polly.Timeout;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Resilience;

public sealed class ResiliencePipelineTests
{
    private static readonly Neo4jStoreOptions Options = new()
    {
        Uri = new Uri("http://localhost:7474"),
        MaxRetryAttempts = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(250),
        RetryMaxDelay = TimeSpan.FromSeconds(4),
        BreakerFailureRatio = 0.25,
        BreakerMinimumThroughput = 20,
        BreakerSamplingDuration = TimeSpan.FromSeconds(40),
        BreakerDuration = TimeSpan.FromSeconds(15),
        AttemptTimeout = TimeSpan.FromSeconds(12),
    };

    [Fact]
    public void Retry_wraps_the_circuit_breaker_which_wraps_each_attempts_timeout_all_configured_from_the_options()
    {
        var descriptor = ResilientCypherRunner.BuildPipeline(Options, new FakeTimeProvider(), () => 0.5).GetPipelineDescriptor();

        descriptor.Strategies.Select(s => s.Options?.GetType()).Should().Equal(
            typeof(RetryStrategyOptions), typeof(CircuitBreakerStrategyOptions), typeof(TimeoutStrategyOptions));
        var retry = (RetryStrategyOptions)descriptor.Strategies[0].Options!;
        retry.MaxRetryAttempts.Should().Be(3);
        retry.BackoffType.Should().Be(DelayBackoffType.Exponential);
        retry.UseJitter.Should().BeTrue();
        retry.Delay.Should().Be(TimeSpan.FromMilliseconds(250));
        retry.MaxDelay.Should().Be(TimeSpan.FromSeconds(4));
        var breaker = (CircuitBreakerStrategyOptions)descriptor.Strategies[1].Options!;
        (breaker.FailureRatio, breaker.MinimumThroughput, breaker.SamplingDuration, breaker.BreakDuration).Should().Be(
            (0.25, 20, TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(15)));
        ((TimeoutStrategyOptions)descriptor.Strategies[2].Options!).Timeout.Should().Be(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public void Without_retries_the_pipeline_is_the_circuit_breaker_around_the_timeout()
    {
        var options = new Neo4jStoreOptions { Uri = Options.Uri, MaxRetryAttempts = 0 };

        var descriptor = ResilientCypherRunner.BuildPipeline(options, new FakeTimeProvider(), () => 0.5).GetPipelineDescriptor();

        descriptor.Strategies.Select(s => s.Options?.GetType()).Should().Equal(typeof(CircuitBreakerStrategyOptions), typeof(TimeoutStrategyOptions));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Retry_and_breaker_handle_transient_store_failures_and_timeouts_only(bool isTransient, bool handled)
    {
        var descriptor = ResilientCypherRunner.BuildPipeline(Options, new FakeTimeProvider(), () => 0.5).GetPipelineDescriptor();
        var retry = (RetryStrategyOptions)descriptor.Strategies[0].Options!;
        var breaker = (CircuitBreakerStrategyOptions)descriptor.Strategies[1].Options!;
        var failure = Outcome.FromException<object>(new GraphStoreException("failed", isTransient));
        var timeout = Outcome.FromException<object>(new TimeoutRejectedException());
        var context = ResilienceContextPool.Shared.Get(TestContext.Current.CancellationToken);

        (await retry.ShouldHandle(new RetryPredicateArguments<object>(context, failure, 0))).Should().Be(handled);
        (await breaker.ShouldHandle(new CircuitBreakerPredicateArguments<object>(context, failure))).Should().Be(handled);
        (await retry.ShouldHandle(new RetryPredicateArguments<object>(context, timeout, 0))).Should().BeTrue();
        (await breaker.ShouldHandle(new CircuitBreakerPredicateArguments<object>(context, timeout))).Should().BeTrue();
        ResilienceContextPool.Shared.Return(context);
    }
}
