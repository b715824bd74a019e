using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Prints a schema as SDL exactly as graphql-js's printSchema does.</summary>
public static class SchemaPrinter
{
    /// <summary>
    /// The schema's SDL: the schema definition when its roots are not named Query, Mutation and
    /// Subscription (or it has a description), then custom directives, then every type except the
    /// built-in scalars and the introspection types, in type map order.
    /// </summary>
    public static string PrintSchema(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string?> { PrintSchemaDefinition(schema) };
        parts.AddRange(schema.Directives.Where(directive => !SpecifiedDirectives.IsSpecified(directive)).Select(PrintDirective));
        parts.AddRange(schema.TypeMap.Values
            .Where(type => !SpecifiedScalars.IsSpecified(type) && !Introspection.IsIntrospectionType(type))
            .Select(PrintType));
        return string.Join("\n\n", parts.Where(part => !string.IsNullOrEmpty(part)));
    }

    /// <summary>The SDL of one named type.</summary>
    public static string PrintType(GraphQLNamedType type) => type switch
    {
        GraphQLScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar),
        GraphQLObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintInterfaces(obj) + PrintFields(obj),
        GraphQLInterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintInterfaces(iface) + PrintFields(iface),
        GraphQLUnionType union => PrintDescription(union.Description) + "union " + union.Name +
            (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(member => member.Name)) : ""),
        GraphQLEnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(enumType.Values.Select((value, i) =>
            PrintDescription(value.Description, "  ", i == 0) + "  " + value.Name + PrintDeprecated(value.DeprecationReason))),
        GraphQLInputObjectType input => PrintDescription(input.Description) + "input " + input.Name + PrintBlock(input.Fields.Values.Select((field, i) =>
            PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Name, "Unknown kind of type."),
    };

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema))
        {
            return null;
        }

        var operationTypes = new List<string>();
        AddRoot(operationTypes, "query", schema.QueryType);
        AddRoot(operationTypes, "mutation", schema.MutationType);
        AddRoot(operationTypes, "subscription", schema.SubscriptionType);
        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static void AddRoot(List<string> operationTypes, string operation, GraphQLObjectType? root)
    {
        if (root is not null)
        {
            operationTypes.Add($"  {operation}: {root.Name}");
        }
    }

    private static bool HasCommonRootNames(GraphQLSchema schema) =>
        schema.QueryType is null or { Name: "Query" } &&
        schema.MutationType is null or { Name: "Mutation" } &&
        schema.SubscriptionType is null or { Name: "Subscription" };

    private static string PrintDirective(GraphQLDirective directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments) +
        (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(location => location.SpecName()));

    private static string PrintInterfaces(GraphQLFieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(iface => iface.Name)) : "";

    private static string PrintFields(GraphQLFieldsType type) => PrintBlock(type.Fields.Values.Select((field, i) =>
        PrintDescription(field.Description, "  ", i == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ") + ": " +
        field.Type + PrintDeprecated(field.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    /// <summary>Arguments on one line unless one of them has a description.</summary>
    private static string PrintArguments(IReadOnlyList<GraphQLArgument> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(argument => string.IsNullOrEmpty(argument.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
            PrintDescription(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument))) +
            "\n" + indentation + ")";
    }

    private static string PrintInputValue(GraphQLInputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => "",
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string PrintSpecifiedBy(GraphQLScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {Printer.PrintString(scalar.SpecifiedByUrl)})";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var printed = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
