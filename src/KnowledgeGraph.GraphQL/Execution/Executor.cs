using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Executes requests (spec section 6) as graphql-js does: fields of queries run concurrently
/// with results in document order, mutation fields run one after another, and field errors
/// become null plus an error, propagating to the nearest nullable parent.
/// </summary>
/// <remarks>
/// The document is not validated here (that is the validation step's job), but unvalidated input
/// never causes an unhandled exception: every inconsistency becomes a <see cref="GraphQLError"/>.
/// Cancellation is honoured throughout: once the token fires, <see cref="OperationCanceledException"/>
/// propagates to the caller. Subscription operations run their root fields once, as graphql-js's execute does.
/// </remarks>
public static partial class Executor
{
    /// <summary>The null a non-null field became, after its error was recorded: the parent must become null too.</summary>
    private static readonly object PropagatedNull = new();

    /// <summary>A field the schema does not define (only in unvalidated documents): left out of the result.</summary>
    private static readonly object Omitted = new();

    /// <summary>ExecuteRequest with the common arguments.</summary>
    public static Task<ExecutionResult> ExecuteAsync(
        GraphQLSchema schema,
        DocumentNode document,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variableValues = null,
        object? rootValue = null,
        object? contextValue = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            new ExecutionArgs(schema, document)
            {
                OperationName = operationName,
                VariableValues = variableValues,
                RootValue = rootValue,
                ContextValue = contextValue,
            },
            cancellationToken);

    /// <summary>ExecuteRequest (spec section 6.1): selects the operation, coerces variables, checks the cost limit when there is one, executes.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionArgs args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = args.Options ?? ExecutionOptions.Default;
        if (!TryGetOperation(args.Document, args.OperationName, out var operation, out var operationError))
        {
            return ExecutionResult.FromErrors([operationError]);
        }

        var variables = ValueCoercion.CoerceVariableValues(
            args.Schema, operation.VariableDefinitions, args.VariableValues, options.MaxCoercionErrors, out var variableErrors);
        if (variables is null)
        {
            return ExecutionResult.FromErrors(variableErrors);
        }

        var fragments = Fragments(args.Document);
        if (options.MaxCost is { } maxCost && OperationCost.Refusal(args.Schema, operation, fragments, variables, maxCost, options.DefaultListSize) is { } refusal)
        {
            return ExecutionResult.FromErrors([refusal]);
        }

        var context = new ExecutionContext
        {
            Schema = args.Schema,
            Operation = operation,
            Fragments = fragments,
            VariableValues = variables,
            Args = args,
            Options = options,
            CancellationToken = cancellationToken,
        };
        // Data loaders batch the keys that waiting fields queued; the scope dispatches them whenever execution waits.
        return await context.DataLoaders.DriveAsync(ExecuteOperation(context), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GetOperation (spec section 6.1): the named operation, or the only one.</summary>
    internal static bool TryGetOperation(DocumentNode document, string? operationName, out OperationDefinitionNode operation, out GraphQLError error)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var found = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(candidate => candidate.Name?.Value == operationName);
        operation = found!;
        error = GraphQLError.Request(
            operationName is not null ? $"Unknown operation named \"{operationName}\"."
            : operations.Count == 0 ? "Must provide an operation."
            : "Must provide operation name if query contains multiple operations.",
            ErrorCodes.OperationResolutionFailure);
        return found is not null;
    }

    internal static Dictionary<string, FragmentDefinitionNode> Fragments(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments.TryAdd(fragment.Name.Value, fragment);
        }

        return fragments;
    }

    /// <summary>ExecuteQuery / ExecuteMutation / ExecuteSubscriptionEvent's shared core (spec section 6.2).</summary>
    private static async Task<ExecutionResult> ExecuteOperation(ExecutionContext context)
    {
        var rootType = context.Schema.GetRootType(context.Operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.FromErrors([GraphQLError.At(
                $"Schema is not configured to execute {context.Operation.Operation.Keyword()} operation.",
                context.Operation,
                ErrorCodes.OperationResolutionFailure)]);
        }

        object? data;
        try
        {
            var fields = FieldCollector.CollectFields(context, rootType, [context.Operation.SelectionSet]);
            data = context.Operation.Operation == OperationType.Mutation
                ? await ExecuteFieldsSerially(context, rootType, context.Args.RootValue, null, fields).ConfigureAwait(false)
                : await ExecuteFields(context, rootType, context.Args.RootValue, null, fields).ConfigureAwait(false);
        }
        catch (GraphQLException exception)
        {
            context.AddError(ToError(context, exception, exception.Nodes ?? [context.Operation], null));
            data = null;
        }

        return ExecutionResult.FromData(data as IReadOnlyDictionary<string, object?>, context.Errors());
    }

    /// <summary>
    /// The error reported for an exception raised while executing a field: client-facing
    /// exceptions keep their message and extensions; others are hidden unless the options expose them.
    /// </summary>
    private static GraphQLError ToError(ExecutionContext context, Exception exception, IReadOnlyList<Node> nodes, ResponsePath? path)
    {
        var pathList = path?.ToList();
        if (exception is GraphQLException graphQLException)
        {
            return GraphQLError.At(graphQLException.Message, graphQLException.Nodes ?? nodes, path: pathList) with
            {
                Extensions = graphQLException.Extensions,
            };
        }

        var message = context.Options.ExposeExceptionMessages ? exception.Message : "Unexpected error.";
        var error = GraphQLError.At(message, nodes, ErrorCodes.InternalServerError, pathList);
        context.Options.OnUnexpectedError?.Invoke(exception, error);
        return error;
    }
}
