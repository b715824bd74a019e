using System.Globalization;

namespace KnowledgeGraph.Api.Load;

/// <summary>The scale run's size and effort.</summary>
/// <param name="Scale">The generated graph's size: 1 is about 200k entities and 1.15M relationships.</param>
/// <param name="Requests">Timed requests per case, one client.</param>
/// <param name="ThroughputSeconds">Measured time of the many-client entity case.</param>
/// <param name="Clients">Clients of the throughput case.</param>
/// <param name="WarmUpSeconds">How long every case is asked in turn before any is timed: the store builds its indexes meanwhile.</param>
internal sealed record ScaleSettings(double Scale, int Requests, int ThroughputSeconds, int Clients, int WarmUpSeconds)
{
    /// <summary>Reads <c>--scale S</c> (0.01), <c>--requests N</c> (200), <c>--seconds N</c> (10), <c>--clients N</c> (4) and <c>--warm-up N</c> seconds (20).</summary>
    /// <exception cref="ArgumentException">An unknown option or a value out of its range, named with the range.</exception>
    public static ScaleSettings Parse(string[] args)
    {
        var settings = new ScaleSettings(0.01, 200, 10, 4, 20);
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            settings = args[i] switch
            {
                "--scale" => settings with { Scale = Number("--scale", value) },
                "--requests" => settings with { Requests = OptionValues.WholeNumber("--requests", value, 1, 100_000) },
                "--seconds" => settings with { ThroughputSeconds = OptionValues.WholeNumber("--seconds", value, 1, 600) },
                "--clients" => settings with { Clients = OptionValues.WholeNumber("--clients", value, 1, 64) },
                "--warm-up" => settings with { WarmUpSeconds = OptionValues.WholeNumber("--warm-up", value, 0, 600) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}': use --scale S (above 0, at most 1.5), --requests N, --seconds N, --clients N and --warm-up N."),
            };
        }

        return settings;
    }

    private static double Number(string option, string? value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 1.5
            ? number
            : throw new ArgumentException($"{option} takes a number above 0 and at most 1.5, not '{value}'.");
}
