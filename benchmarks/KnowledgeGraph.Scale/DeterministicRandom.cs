namespace KnowledgeGraph.Scale;

/// <summary>SplitMix64: the same seed gives the same sequence on every runtime, unlike <see cref="Random"/>.</summary>
internal sealed class DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    public int Next(int bound) => (int)(NextULong() % (ulong)bound);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    private ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent: a few hubs, a long tail.</summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        _cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = sum;
        }
    }

    public int Next(DeterministicRandom random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
