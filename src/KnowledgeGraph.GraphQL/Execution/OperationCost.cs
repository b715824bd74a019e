using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation.Rules.Custom;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The cost model: what an operation is estimated to cost, from the schema's cost descriptors
/// (<see cref="FieldCost"/>) and the values its arguments will have once variables are coerced.
/// Each resolution of a field costs its weight times its work arguments; a list costs that per
/// item, and what is selected on each item counts once per item. A list's size is its size
/// argument's value (a literal, a variable's value, or the schema's default, also for an
/// explicit null), else the size its parent gives it, else its assumed size, else the default
/// list size. Every selection counts, whatever <c>@skip</c> and <c>@include</c> say, and every
/// type condition. Fields under <c>__schema</c> and <c>__type</c> cost 1 each.
/// </summary>
public static class OperationCost
{
    /// <summary>The list size assumed for a list that nothing bounds, unless the options say otherwise.</summary>
    public const int DefaultListSize = 10;

    /// <summary>The estimated cost of the operation <paramref name="operationName"/> of <paramref name="document"/> with <paramref name="variableValues"/>.</summary>
    /// <exception cref="GraphQLException">The operation cannot be chosen, or the variables are not valid for it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultListSize"/> is below 1.</exception>
    public static long Estimate(
        GraphQLSchema schema,
        DocumentNode document,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variableValues = null,
        int defaultListSize = DefaultListSize)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfLessThan(defaultListSize, 1);
        if (!Executor.TryGetOperation(document, operationName, out var operation, out var operationError))
        {
            throw new GraphQLException(operationError.Message, operationError.Code);
        }

        var variables = ValueCoercion.CoerceVariableValues(schema, operation.VariableDefinitions, variableValues, ExecutionOptions.Default.MaxCoercionErrors, out var errors)
            ?? throw new GraphQLException(errors[0].Message, errors[0].Code);
        return new CostMeasure(schema, Executor.Fragments(document), variables, defaultListSize).Measure(operation);
    }

    /// <summary>The error refusing <paramref name="operation"/> when its cost is above <paramref name="maxCost"/>, else null.</summary>
    internal static GraphQLError? Refusal(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        int maxCost,
        int defaultListSize)
    {
        var measure = new CostMeasure(schema, fragments, variables, defaultListSize);
        var cost = measure.Measure(operation);
        if (cost <= maxCost)
        {
            return null;
        }

        var hint = measure.ArgumentToLower(operation);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = ErrorCodes.MaxCostExceeded,
            ["cost"] = cost,
            ["maxCost"] = maxCost,
        };
        var message = $"{OperationMeasure.Describe(operation)} has an estimated cost of {cost}, more than the maximum of {maxCost}.";
        if (hint is not null)
        {
            extensions["path"] = hint.Path.Split('.');
            extensions["argument"] = hint.Argument;
            var selections = hint.Selections > 1 ? $", in {hint.Selections} selections" : string.Empty;
            message += $" Lower \"{hint.Argument}\" of \"{hint.Path}\" ({hint.ValueText}{selections}) to cut it most.";
        }

        return GraphQLError.At(message, operation) with { Extensions = extensions };
    }
}
