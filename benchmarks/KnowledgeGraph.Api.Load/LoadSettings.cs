namespace KnowledgeGraph.Api.Load;

/// <summary>How long and how hard to drive each case.</summary>
/// <param name="Duration">Measured time per case, after a warm-up of a fifth of it.</param>
/// <param name="Clients">Concurrent clients, each sending its next request when the last one is answered.</param>
internal sealed record LoadSettings(TimeSpan Duration, int Clients)
{
    /// <summary>Reads <c>--seconds N</c> and <c>--clients N</c>; defaults 10 seconds and 4 clients.</summary>
    /// <exception cref="ArgumentException">An unknown option, or a value that is not a whole number from 1 to 600 (seconds) or 1 to 64 (clients).</exception>
    public static LoadSettings Parse(string[] args)
    {
        var (seconds, clients) = (10, 4);
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--seconds":
                    seconds = OptionValues.WholeNumber("--seconds", value, 1, 600);
                    break;
                case "--clients":
                    clients = OptionValues.WholeNumber("--clients", value, 1, 64);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}': use --seconds N (1 to 600) and --clients N (1 to 64).");
            }
        }

        return new LoadSettings(TimeSpan.FromSeconds(seconds), clients);
    }
}
