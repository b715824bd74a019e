using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// The five built-in scalars (spec section 3.5) with graphql-js's coercion rules: values are
/// judged as JavaScript would judge them, where every number is a double.
/// </summary>
public static class SpecifiedScalars
{
    /// <summary><c>Int</c>: a signed 32-bit integer. Results are <see cref="int"/>.</summary>
    public static GraphQLScalarType Int { get; } = new(
        "Int",
        SerializeInt,
        ParseIntValue,
        ParseIntLiteral,
        "The `Int` scalar type represents a signed 32-bit whole number.");

    /// <summary><c>Float</c>: a finite double. Results are <see cref="double"/>.</summary>
    public static GraphQLScalarType Float { get; } = new(
        "Float",
        SerializeFloat,
        ParseFloatValue,
        ParseFloatLiteral,
        "The `Float` scalar type represents a finite signed double-precision (IEEE 754) number.");

    /// <summary><c>String</c>: UTF-8 text. Results are <see cref="string"/>.</summary>
    public static GraphQLScalarType String { get; } = new(
        "String",
        SerializeString,
        value => value as string ?? throw new GraphQLException($"String cannot represent a non string value: {Inspect.Value(value)}"),
        (literal, _) => literal is StringValueNode text
            ? text.Value
            : throw new GraphQLException($"String cannot represent a non string value: {Printer.Print(literal)}"),
        "The `String` scalar type represents textual data as a sequence of Unicode characters.");

    /// <summary><c>Boolean</c>: true or false. Results are <see cref="bool"/>.</summary>
    public static GraphQLScalarType Boolean { get; } = new(
        "Boolean",
        SerializeBoolean,
        value => value is bool boolean ? boolean : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}"),
        (literal, _) => literal is BooleanValueNode boolean
            ? boolean.Value
            : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}"),
        "The `Boolean` scalar type represents `true` or `false`.");

    /// <summary><c>ID</c>: a unique identifier, serialized as a string; accepts strings and integers as input.</summary>
    public static GraphQLScalarType ID { get; } = new(
        "ID",
        SerializeId,
        ParseIdValue,
        (literal, _) => literal switch
        {
            StringValueNode text => text.Value,
            IntValueNode integer => integer.Value,
            _ => throw new GraphQLException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
        },
        "The `ID` scalar type represents a unique identifier, serialized as a string; as input it accepts a string or an integer.");

    /// <summary>The built-in scalars in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>True when <paramref name="type"/> is one of the built-in scalars (by name).</summary>
    public static bool IsSpecified(GraphQLNamedType type) => All.Any(scalar => scalar.Name == type.Name);

    private static object SerializeInt(object? value)
    {
        if (value is int integer)
        {
            return integer;
        }

        var number = value switch
        {
            bool boolean => boolean ? 1 : 0,
            string { Length: > 0 } text => Inspect.NumberFromString(text),
            _ => Inspect.TryGetNumber(value, out var n) ? n : double.NaN,
        };
        if (double.IsNaN(number) || double.IsInfinity(number) || number != Math.Floor(number))
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        return number is > int.MaxValue or < int.MinValue
            ? throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}")
            : (int)number;
    }

    private static object ParseIntValue(object? value)
    {
        if (value is int integer)
        {
            return integer;
        }

        if (!Inspect.TryGetNumber(value, out var number) || double.IsInfinity(number) || number != Math.Floor(number))
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        return number is > int.MaxValue or < int.MinValue
            ? throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.FormatNumber(number)}")
            : (int)number;
    }

    private static object ParseIntLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode integer)
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        return int.TryParse(integer.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {integer.Value}");
    }

    private static object SerializeFloat(object? value)
    {
        var number = value switch
        {
            bool boolean => boolean ? 1 : 0,
            string { Length: > 0 } text => Inspect.NumberFromString(text),
            _ => Inspect.TryGetNumber(value, out var n) ? n : double.NaN,
        };
        return double.IsFinite(number)
            ? number
            : throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
    }

    private static object ParseFloatValue(object? value) =>
        Inspect.TryGetNumber(value, out var number) && double.IsFinite(number)
            ? number
            : throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}");

    private static object ParseFloatLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        FloatValueNode number => double.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture),
        IntValueNode integer => double.Parse(integer.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
    };

    private static object SerializeString(object? value) => value switch
    {
        string text => text,
        bool boolean => boolean ? "true" : "false",
        _ when Inspect.TryGetNumber(value, out var number) && double.IsFinite(number) => value switch
        {
            int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
            _ => Inspect.FormatNumber(number),
        },
        _ => throw new GraphQLException($"String cannot represent value: {Inspect.Value(value)}"),
    };

    private static object SerializeBoolean(object? value) => value switch
    {
        bool boolean => boolean,
        _ when Inspect.TryGetNumber(value, out var number) && double.IsFinite(number) => number != 0,
        _ => throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}"),
    };

    private static object SerializeId(object? value) => value switch
    {
        string text => text,
        int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        _ when Inspect.TryGetNumber(value, out var number) && number == Math.Floor(number) && double.IsFinite(number) => Inspect.FormatNumber(number),
        _ => throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}"),
    };

    private static object ParseIdValue(object? value) => value switch
    {
        string text => text,
        int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        _ when Inspect.TryGetNumber(value, out var number) && number == Math.Floor(number) && double.IsFinite(number) => Inspect.FormatNumber(number),
        _ => throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}"),
    };
}
