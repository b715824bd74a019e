using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.GraphQL;

/// <summary>
/// JavaScript-flavoured views of runtime values, so that coercion messages read exactly as
/// graphql-js writes them (<c>Int cannot represent non-integer value: "abc"</c>) and numbers follow
/// JavaScript's rules, where every number is a double.
/// </summary>
internal static partial class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>The value as graphql-js's inspect() shows it.</summary>
    public static string Value(object? value) => Format(value, 0);

    /// <summary>True for any CLR number; <paramref name="number"/> is its value as a double.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = double.NaN; return false;
        }
    }

    /// <summary>JavaScript's Number(text): trims white space, accepts decimal, exponent, hex, octal, binary and Infinity.</summary>
    public static double NumberFromString(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (DecimalNumber().IsMatch(trimmed))
        {
            return double.Parse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (trimmed is "Infinity" or "+Infinity")
        {
            return double.PositiveInfinity;
        }

        if (trimmed == "-Infinity")
        {
            return double.NegativeInfinity;
        }

        return trimmed.Length > 2 && trimmed[0] == '0' ? RadixNumber(trimmed) : double.NaN;
    }

    /// <summary>JavaScript's String(number): integers without a decimal point, exponents as <c>1e+21</c>.</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (number == Math.Floor(number) && Math.Abs(number) < 1e21)
        {
            return number.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E', StringComparison.Ordinal);
        if (exponent < 0)
        {
            return text;
        }

        var power = int.Parse(text.AsSpan(exponent + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return power is >= -6 and < 21
            ? number.ToString("0.#####################", CultureInfo.InvariantCulture)
            : text[..exponent] + "e" + (power > 0 ? "+" : "-") + Math.Abs(power).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A string as JSON.stringify writes it.</summary>
    public static string JsonString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\b' => builder.Append("\\b"),
                '\f' => builder.Append("\\f"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string text => JsonString(text),
        bool boolean => boolean ? "true" : "false",
        _ when TryGetNumber(value, out var number) => FormatNumber(number),
        IReadOnlyDictionary<string, object?> map => FormatObject(map, depth),
        IEnumerable items => FormatArray(items.Cast<object?>().ToList(), depth),
        _ => value.ToString() ?? "",
    };

    private static string FormatObject(IReadOnlyDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0)
        {
            return "{}";
        }

        return depth > MaxRecursiveDepth
            ? "[Object]"
            : "{ " + string.Join(", ", map.Select(entry => entry.Key + ": " + Format(entry.Value, depth + 1))) + " }";
    }

    private static string FormatArray(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth > MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxArrayLength).Select(item => Format(item, depth + 1)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining > 0)
        {
            shown.Add(remaining == 1 ? "... 1 more item" : $"... {remaining} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }

    private static double RadixNumber(string text)
    {
        var radix = char.ToLowerInvariant(text[1]) switch
        {
            'x' => 16,
            'o' => 8,
            'b' => 2,
            _ => 0,
        };
        if (radix == 0)
        {
            return double.NaN;
        }

        double result = 0;
        foreach (var c in text.AsSpan(2))
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : radix;
            if (digit >= radix)
            {
                return double.NaN;
            }

            result = (result * radix) + digit;
        }

        return result;
    }

    [GeneratedRegex(@"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
