using System.Collections;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Reads coerced arguments. An optional argument given as an explicit <c>null</c> counts as
/// left out, so that <c>first: null</c> means the documented default rather than an error.
/// </summary>
internal static class Arguments
{
    public static string Text(this IResolveContext context, string name) =>
        context.Argument<string>(name) ?? throw new InvalidOperationException($"argument '{name}' is non-null in the schema but arrived null");

    public static string? OptionalText(this IResolveContext context, string name) => context.Argument<string>(name);

    public static int Int(this IResolveContext context, string name, int whenLeftOut) => context.Argument<int?>(name) ?? whenLeftOut;

    public static PartialDate? Date(this IResolveContext context, string name) => context.Argument<PartialDate?>(name);

    public static Direction Direction(this IResolveContext context) => context.Argument<Direction?>("direction") ?? Core.Model.Direction.Both;

    /// <summary>A list of names (entity or relationship types, references), or null when left out.</summary>
    public static IReadOnlyList<string>? Names(this IResolveContext context, string name) =>
        context.Arguments.GetValueOrDefault(name) is IEnumerable items and not string ? [.. items.Cast<string>()] : null;
}
