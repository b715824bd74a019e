using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.GraphQL;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Turns the query service's refusals into client-facing GraphQL errors with a stable
/// <c>extensions.code</c> that scripts can branch on, and the offending input in the extensions.
/// </summary>
internal static class QueryErrors
{
    /// <summary>An argument is out of range or malformed; <c>extensions.argument</c> names it.</summary>
    public const string BadUserInput = ErrorCodes.BadUserInput;

    /// <summary>A reference names no entity; <c>extensions.argument</c> and <c>extensions.reference</c> say which.</summary>
    public const string UnknownReference = "UNKNOWN_REFERENCE";

    /// <summary>A reference names several entities; <c>extensions.candidates</c> lists their ids.</summary>
    public const string AmbiguousReference = "AMBIGUOUS_REFERENCE";

    /// <summary>A resolver whose query-service refusals reach the client as coded GraphQL errors.</summary>
    public static FieldResolver Guard(Func<IResolveContext, Task<object?>> resolve) => async context =>
    {
        try
        {
            return await resolve(context).ConfigureAwait(false);
        }
        catch (QueryException exception)
        {
            throw ToGraphQL(exception);
        }
    };

    private static GraphQLException ToGraphQL(QueryException exception) => exception switch
    {
        QueryArgumentException bad => new GraphQLException(bad.Message, BadUserInput, Extensions(bad.ArgumentName)),
        UnknownReferenceException unknown => new GraphQLException(
            unknown.Message, UnknownReference, Extensions(unknown.ArgumentName, unknown.Reference)),
        AmbiguousReferenceException ambiguous => new GraphQLException(
            ambiguous.Message, AmbiguousReference, Extensions(ambiguous.ArgumentName, ambiguous.Reference, ambiguous.CandidateIds)),
        _ => new GraphQLException(exception.Message, BadUserInput),
    };

    private static Dictionary<string, object?> Extensions(string argument, string? reference = null, IReadOnlyList<string>? candidates = null)
    {
        var extensions = new Dictionary<string, object?> { ["argument"] = argument };
        if (reference is not null)
        {
            extensions["reference"] = reference;
        }

        if (candidates is not null)
        {
            extensions["candidates"] = candidates;
        }

        return extensions;
    }
}
