namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Interface implementation rules (spec sections 3.6 and 3.7, IsValidImplementation).</summary>
internal static partial class SchemaValidator
{
    private static void ValidateInterfaces(GraphQLSchema schema, GraphQLFieldsType type, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            ValidateTransitiveInterfaces(type, iface, errors);
            ValidateImplementation(schema, type, iface, errors);
        }
    }

    private static void ValidateTransitiveInterfaces(GraphQLFieldsType type, GraphQLInterfaceType iface, List<string> errors)
    {
        foreach (var transitive in iface.Interfaces.Where(transitive => !type.Interfaces.Contains(transitive)))
        {
            errors.Add(ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
        }
    }

    private static void ValidateImplementation(GraphQLSchema schema, GraphQLFieldsType type, GraphQLInterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.Field(fieldName);
            if (typeField is null)
            {
                errors.Add($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.");
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var typeArgument = typeField.Argument(ifaceArgument.Name);
                if (typeArgument is null)
                {
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArgument.Name}:) expected but {type.Name}.{fieldName} does not provide it.");
                }
                else if (!TypeComparators.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{fieldName}({ifaceArgument.Name}:) is type {typeArgument.Type}.");
                }
            }

            foreach (var extra in typeField.Arguments.Where(argument => argument.IsRequired() && ifaceField.Argument(argument.Name) is null))
            {
                errors.Add($"Object field {type.Name}.{fieldName} includes required argument {extra.Name} that is missing from the Interface field {iface.Name}.{fieldName}.");
            }
        }
    }
}
