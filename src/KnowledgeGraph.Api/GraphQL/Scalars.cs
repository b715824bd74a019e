using KnowledgeGraph.GraphQL;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The custom scalars of the contract: <c>EntityRef</c> and <c>PartialDate</c>.</summary>
internal static class Scalars
{
    public const string EntityRef = nameof(EntityRef);
    public const string PartialDate = nameof(PartialDate);

    public static SchemaBuilder AddScalars(this SchemaBuilder builder) => builder
        .Scalar(EntityRef, scalar => scalar
            .Description(
                "A reference to an entity: its canonical id (for example \"place:wujin\") or any exact\n" +
                "name or alias in any language (for example \"武进\", \"武进区\", \"Wujin\"). A reference that\n" +
                "matches several entities is an error whose message lists the candidates' ids.\n" +
                "Surrounding spaces are ignored; an empty reference is refused.")
            .Serialize(value => value as string ?? throw new GraphQLException($"EntityRef cannot represent a non-string value: {value}"))
            .ParseValue(value => value is string text ? Reference(text) : throw NotAString(EntityRef, value))
            .ParseLiteral((literal, _) => literal is StringValueNode text ? Reference(text.Value) : throw NotAString(EntityRef, Printer.Print(literal))))
        .Scalar(PartialDate, scalar => scalar
            .Description(
                "A calendar date of known precision: \"2024\", \"2024-10\" or \"2024-10-22\".\n" +
                "As a window bound it stands for its whole interval: `from: \"2018\"` starts on 2018-01-01,\n" +
                "`to: \"2018\"` ends on 2018-12-31.")
            .Serialize(value => value is Core.Model.PartialDate date
                ? date.ToString()
                : throw new GraphQLException($"PartialDate cannot represent a value that is not a date: {value}"))
            .ParseValue(value => value is string text ? Date(text) : throw NotAString(PartialDate, value))
            .ParseLiteral((literal, _) => literal is StringValueNode text ? Date(text.Value) : throw NotAString(PartialDate, Printer.Print(literal))));

    private static string Reference(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0
            ? trimmed
            : throw new GraphQLException("Invalid EntityRef: it is empty; expected an id (place:wujin), a name or an alias");
    }

    private static Core.Model.PartialDate Date(string text) =>
        Core.Model.PartialDate.TryParse(text, out var date, out var error)
            ? date
            : throw new GraphQLException($"Invalid PartialDate: {error}");

    private static GraphQLException NotAString(string scalar, object? value) =>
        new($"{scalar} cannot represent a non-string value: {value}; expected a string");
}
