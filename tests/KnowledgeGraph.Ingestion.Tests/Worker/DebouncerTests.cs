using KnowledgeGraph.Ingestion.Worker;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Worker;

public sealed class DebouncerTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private readonly FakeTimeProvider _clock = new();
    private int _runs;

    [Fact]
    public void A_burst_of_signals_runs_once_when_the_last_has_been_quiet_for_the_delay()
    {
        using var debouncer = new Debouncer(_clock, Delay, () => _runs++);

        debouncer.Signal();
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        debouncer.Signal();
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        debouncer.Signal();
        _clock.Advance(TimeSpan.FromMilliseconds(499));
        var runsBeforeQuiet = _runs;
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        runsBeforeQuiet.Should().Be(0);
        _runs.Should().Be(1);
    }

    [Fact]
    public void A_run_is_not_repeated_without_a_new_signal()
    {
        using var debouncer = new Debouncer(_clock, Delay, () => _runs++);

        debouncer.Signal();
        _clock.Advance(TimeSpan.FromMinutes(10));

        _runs.Should().Be(1);
    }

    [Fact]
    public void A_signal_after_a_run_starts_a_new_wait()
    {
        using var debouncer = new Debouncer(_clock, Delay, () => _runs++);
        debouncer.Signal();
        _clock.Advance(Delay);

        debouncer.Signal();
        _clock.Advance(Delay);

        _runs.Should().Be(2);
    }

    [Fact]
    public void Nothing_runs_without_a_signal()
    {
        using var debouncer = new Debouncer(_clock, Delay, () => _runs++);

        _clock.Advance(TimeSpan.FromHours(1));

        _runs.Should().Be(0);
    }

    [Fact]
    public void Nothing_runs_once_disposed()
    {
        var debouncer = new Debouncer(_clock, Delay, () => _runs++);
        debouncer.Signal();

        debouncer.Dispose();
        _clock.Advance(Delay);

        _runs.Should().Be(0);
    }
}
