using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>The directives every schema has (spec section 3.13).</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is stated.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>: include the selection only when true.</summary>
    public static GraphQLDirective Include { get; } = Create(
        "include",
        "Includes this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("if", "Included when true.", new GraphQLNonNull(SpecifiedScalars.Boolean)));

    /// <summary><c>@skip(if: Boolean!)</c>: leave the selection out when true.</summary>
    public static GraphQLDirective Skip { get; } = Create(
        "skip",
        "Skips this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("if", "Skipped when true.", new GraphQLNonNull(SpecifiedScalars.Boolean)));

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    public static GraphQLDirective Deprecated { get; } = Create(
        "deprecated",
        "Marks an element of the schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        Argument("reason", "Why the element is deprecated and what to use instead, in Markdown.", SpecifiedScalars.String, DefaultDeprecationReason));

    /// <summary><c>@specifiedBy(url: String!)</c> on scalars.</summary>
    public static GraphQLDirective SpecifiedBy { get; } = Create(
        "specifiedBy",
        "Gives the URL of the specification of a custom scalar's behaviour.",
        [DirectiveLocation.Scalar],
        Argument("url", "The URL of the scalar's specification.", new GraphQLNonNull(SpecifiedScalars.String)));

    /// <summary>The specified directives in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLDirective> All { get; } = [Include, Skip, Deprecated, SpecifiedBy];

    /// <summary>True when <paramref name="directive"/> is one of the specified directives (by name).</summary>
    public static bool IsSpecified(GraphQLDirective directive) => All.Any(specified => specified.Name == directive.Name);

    private static GraphQLDirective Create(string name, string description, IReadOnlyList<DirectiveLocation> locations, GraphQLArgument argument) =>
        new(name, description, locations, isRepeatable: false) { Arguments = [argument] };

    private static GraphQLArgument Argument(string name, string description, GraphQLType type, string? defaultValue = null) =>
        new(name, description, deprecationReason: null)
        {
            Type = type,
            HasDefaultValue = defaultValue is not null,
            DefaultValue = defaultValue,
        };
}
