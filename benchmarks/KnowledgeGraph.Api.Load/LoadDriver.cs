using System.Diagnostics;
using System.Net;

namespace KnowledgeGraph.Api.Load;

/// <summary>Closed-loop load: each client sends its next request as soon as the last one is answered, for a fixed time.</summary>
internal static class LoadDriver
{
    /// <summary>What one case against one server achieved.</summary>
    /// <param name="Failures">Answers that were not 200 or not byte-for-byte the recorded answer.</param>
    public sealed record Measurement(long Answered, long Failures, TimeSpan Elapsed)
    {
        public double RequestsPerSecond => Answered / Elapsed.TotalSeconds;
    }

    /// <summary>Warms up for a fifth of the duration, then counts correct answers for the duration.</summary>
    public static async Task<Measurement> DriveAsync(HttpClient http, Uri url, byte[] body, byte[] expected, LoadSettings settings)
    {
        await RunAsync(http, url, body, expected, settings.Clients, settings.Duration / 5);
        return await RunAsync(http, url, body, expected, settings.Clients, settings.Duration);
    }

    private static async Task<Measurement> RunAsync(HttpClient http, Uri url, byte[] body, byte[] expected, int clients, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => ClientAsync(http, url, body, expected, clock, duration)));
        clock.Stop();
        return new Measurement(results.Sum(result => result.Answered), results.Sum(result => result.Failures), clock.Elapsed);
    }

    private static async Task<(long Answered, long Failures)> ClientAsync(HttpClient http, Uri url, byte[] body, byte[] expected, Stopwatch clock, TimeSpan duration)
    {
        long answered = 0, failures = 0;
        while (clock.Elapsed < duration)
        {
            using var response = await GraphQLRequests.SendAsync(http, url, body);
            var answer = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode == HttpStatusCode.OK && answer.AsSpan().SequenceEqual(expected))
            {
                answered++;
            }
            else
            {
                failures++;
            }
        }

        return (answered, failures);
    }
}
