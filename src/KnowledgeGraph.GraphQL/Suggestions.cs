namespace KnowledgeGraph.GraphQL;

/// <summary>"Did you mean" hints, ranked by lexical distance as graphql-js ranks them.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// <c> Did you mean "a", "b", or "c"?</c> for the options close to <paramref name="input"/>,
    /// or an empty string when none is close.
    /// </summary>
    /// <param name="input">What the client wrote.</param>
    /// <param name="options">What exists.</param>
    /// <param name="subMessage">Optional words after "Did you mean", such as <c>the enum value</c>.</param>
    public static string DidYouMean(string input, IEnumerable<string> options, string? subMessage = null) =>
        DidYouMean(List(input, options), subMessage);

    /// <summary>The hint for an already ranked list of suggestions.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        var quoted = suggestions.Take(MaxSuggestions).Select(suggestion => $"\"{suggestion}\"").ToList();
        return quoted.Count switch
        {
            0 => "",
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>The options within a lexical distance of 40% of the input's length, closest first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        return options
            .Select(option => (Option: option, Distance: Distance(input, option, threshold)))
            .Where(candidate => candidate.Distance is not null)
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Option, NaturalComparer.Instance)
            .Select(candidate => candidate.Option)
            .ToList();
    }

    /// <summary>Damerau-Levenshtein distance, case-insensitive but with case-only changes counting one; null past the threshold.</summary>
    private static int? Distance(string input, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var a = option.ToLowerInvariant();
        var b = input.ToLowerInvariant();
        if (a == b)
        {
            return 1;
        }

        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Orders strings with runs of digits compared by value, as graphql-js's naturalCompare.</summary>
    internal sealed class NaturalComparer : IComparer<string>
    {
        public static readonly NaturalComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            x ??= "";
            y ??= "";
            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
                {
                    var startX = i;
                    var startY = j;
                    while (i < x.Length && char.IsAsciiDigit(x[i]))
                    {
                        i++;
                    }

                    while (j < y.Length && char.IsAsciiDigit(y[j]))
                    {
                        j++;
                    }

                    var byValue = decimal.Parse(x[startX..i], System.Globalization.CultureInfo.InvariantCulture)
                        .CompareTo(decimal.Parse(y[startY..j], System.Globalization.CultureInfo.InvariantCulture));
                    if (byValue != 0)
                    {
                        return byValue;
                    }

                    continue;
                }

                if (x[i] != y[j])
                {
                    return x[i].CompareTo(y[j]);
                }

                i++;
                j++;
            }

            return (x.Length - i).CompareTo(y.Length - j);
        }
    }
}
