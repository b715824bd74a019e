using System.Collections.ObjectModel;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>CoerceVariableValues and CoerceArgumentValues (spec sections 6.1.2 and 6.4.1), with graphql-js's messages.</summary>
public static class ValueCoercion
{
    /// <summary>
    /// Coerces raw variable values to the operation's variable types. Returns the coerced values, or
    /// null with <paramref name="errors"/> (code <c>BAD_USER_INPUT</c>) when any is invalid.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? CoerceVariableValues(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors,
        out IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(definitions);
        var found = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        inputs ??= new Dictionary<string, object?>();
        try
        {
            foreach (var definition in definitions)
            {
                CoerceVariable(schema, definition, inputs, coerced, Report);
            }
        }
        catch (TooManyErrorsException)
        {
            found.Add(GraphQLError.Request("Too many errors processing variables, error limit reached. Execution aborted.", ErrorCodes.BadUserInput));
        }

        errors = found;
        return found.Count == 0 ? coerced : null;

        void Report(GraphQLError error)
        {
            if (found.Count >= maxErrors)
            {
                throw new TooManyErrorsException();
            }

            found.Add(error);
        }
    }

    /// <summary>
    /// Coerces the arguments of a field or directive use. Arguments neither given nor defaulted are
    /// absent from the result.
    /// </summary>
    /// <exception cref="GraphQLException">An argument is missing or invalid (code <c>BAD_USER_INPUT</c>).</exception>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<GraphQLArgument> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        Node node,
        IReadOnlyDictionary<string, object?> variableValues)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(arguments);
        if (definitions.Count == 0)
        {
            // Most fields take no arguments; they share one empty result instead of allocating their own.
            return ReadOnlyDictionary<string, object?>.Empty;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var argument = FindArgument(arguments, definition.Name);
            if (argument is null)
            {
                UseDefaultOrFail(definition, coerced, node, $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.");
                continue;
            }

            var isNull = argument.Value is NullValueNode;
            if (argument.Value is VariableNode variable)
            {
                if (!variableValues.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    UseDefaultOrFail(definition, coerced, argument.Value,
                        $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.");
                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is GraphQLNonNull)
            {
                throw BadInput($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.", argument.Value);
            }

            coerced[definition.Name] = ValueFromAst.TryGetValue(argument.Value, definition.Type, variableValues, out var value)
                ? value
                : throw BadInput($"Argument \"{definition.Name}\" has invalid value {Printer.Print(argument.Value)}.", argument.Value);
        }

        return coerced;
    }

    private static ArgumentNode? FindArgument(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }

    private static void CoerceVariable(
        GraphQLSchema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> inputs,
        Dictionary<string, object?> coerced,
        Action<GraphQLError> report)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeComparators.TypeFromAst(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            report(GraphQLError.At(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                definition.Type, ErrorCodes.BadUserInput));
            return;
        }

        if (!inputs.TryGetValue(name, out var input))
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                if (ValueFromAst.TryGetValue(defaultValue, type, null, out var coercedDefault))
                {
                    coerced[name] = coercedDefault;
                }
            }
            else if (type is GraphQLNonNull)
            {
                report(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition, ErrorCodes.BadUserInput));
            }

            return;
        }

        if (input is null && type is GraphQLNonNull)
        {
            report(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition, ErrorCodes.BadUserInput));
            return;
        }

        coerced[name] = InputCoercion.CoerceInputValue(input, type, error =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(error.InvalidValue)}";
            if (error.Path.Count > 0)
            {
                prefix += $" at \"{name}{string.Concat(error.Path.Select(key => key is int index ? $"[{index}]" : $".{key}"))}\"";
            }

            report(GraphQLError.At(prefix + "; " + error.Message, definition, ErrorCodes.BadUserInput));
        });
    }

    private static void UseDefaultOrFail(GraphQLArgument definition, Dictionary<string, object?> coerced, Node node, string message)
    {
        if (definition.HasDefaultValue)
        {
            coerced[definition.Name] = definition.DefaultValue;
        }
        else if (definition.Type is GraphQLNonNull)
        {
            throw BadInput(message, node);
        }
    }

    private static GraphQLException BadInput(string message, Node node) => new(message, ErrorCodes.BadUserInput) { Nodes = [node] };

    private sealed class TooManyErrorsException : Exception;
}
