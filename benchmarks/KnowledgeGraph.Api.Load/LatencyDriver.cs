using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace KnowledgeGraph.Api.Load;

/// <summary>One client asking one question again and again, one request at a time, timing each answer.</summary>
internal static class LatencyDriver
{
    /// <summary>Latencies of the correct answers, sorted, and how many answers were wrong.</summary>
    public sealed record Latencies(IReadOnlyList<double> Milliseconds, int Failures)
    {
        /// <summary>The nearest-rank percentile: the smallest latency at least <paramref name="percent"/> % of the answers did not exceed.</summary>
        public double Percentile(double percent) =>
            Milliseconds.Count == 0 ? double.NaN : Milliseconds[Math.Clamp((int)Math.Ceiling(percent / 100 * Milliseconds.Count) - 1, 0, Milliseconds.Count - 1)];

        public string Summary() => string.Create(CultureInfo.InvariantCulture, $"{Percentile(50),8:0.0} {Percentile(95),8:0.0} {Percentile(99),8:0.0}");
    }

    /// <summary>Sends <paramref name="warmUp"/> unmeasured requests, then <paramref name="requests"/> timed ones; an answer counts only when it is a 200 equal to <paramref name="expected"/>.</summary>
    public static async Task<Latencies> MeasureAsync(HttpClient http, Uri url, byte[] body, byte[] expected, int warmUp, int requests)
    {
        for (var i = 0; i < warmUp; i++)
        {
            using var response = await GraphQLRequests.SendAsync(http, url, body);
            await response.Content.ReadAsByteArrayAsync();
        }

        var latencies = new List<double>(requests);
        var failures = 0;
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await GraphQLRequests.SendAsync(http, url, body);
            var answer = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (response.StatusCode == HttpStatusCode.OK && answer.AsSpan().SequenceEqual(expected))
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
            else
            {
                failures++;
            }
        }

        latencies.Sort();
        return new Latencies(latencies, failures);
    }
}
