using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Writes a response as JSON without reflection, in graphql-js's key order:
/// <c>{"errors":[...],"data":...,"extensions":...}</c>, each error as
/// <c>{"message","locations","path","extensions"}</c> with empty parts left out.
/// </summary>
public static class ResponseWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The response as a JSON string, escaped as JSON.stringify escapes: non-ASCII text and quotes
    /// (<c>\"</c>) are written as they are, not as <c>\uXXXX</c>.
    /// </summary>
    public static string ToJson(ExecutionResult result, bool indented = false)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            Write(writer, result);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one error.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WriteStartArray("locations");
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>True for the values <see cref="WriteValue"/> can write: null, strings, booleans, numbers, string-keyed dictionaries and lists of these.</summary>
    public static bool IsWritable(object? value) => value switch
    {
        null or string or bool or int or long or double or float or decimal or short or byte or sbyte or ushort or uint or ulong => true,
        IReadOnlyDictionary<string, object?> => true,
        IEnumerable => true,
        _ => false,
    };

    /// <summary>Writes a runtime value.</summary>
    /// <exception cref="ArgumentException">The value is not of a writable kind (see <see cref="IsWritable"/>).</exception>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool boolean: writer.WriteBooleanValue(boolean); break;
            case int integer: writer.WriteNumberValue(integer); break;
            case long integer: writer.WriteNumberValue(integer); break;
            case double number: writer.WriteNumberValue(number); break;
            case float number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case short or byte or sbyte or ushort or uint: writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case ulong number: writer.WriteNumberValue(number); break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Cannot write a {value.GetType().Name} as JSON; results hold only JSON-like values.", nameof(value));
        }
    }
}
