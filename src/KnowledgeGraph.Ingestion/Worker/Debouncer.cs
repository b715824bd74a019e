namespace KnowledgeGraph.Ingestion.Worker;

/// <summary>
/// Runs an action once a burst of signals has been quiet for a delay: each signal pushes the
/// deadline back. Time comes from a <see cref="TimeProvider"/> so tests can move it by hand.
/// </summary>
internal sealed class Debouncer : IDisposable
{
    private readonly ITimer _timer;
    private readonly TimeSpan _delay;

    public Debouncer(TimeProvider time, TimeSpan delay, Action action)
    {
        _delay = delay;
        _timer = time.CreateTimer(_ => action(), state: null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Signal() => _timer.Change(_delay, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();
}
