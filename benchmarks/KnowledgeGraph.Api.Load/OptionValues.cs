using System.Globalization;

namespace KnowledgeGraph.Api.Load;

/// <summary>The values of the load runs' command-line options, each refused with its option, its range and what was given.</summary>
internal static class OptionValues
{
    public static int WholeNumber(string option, string? value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{option} takes a whole number from {min} to {max}, not '{value}'.");
}
