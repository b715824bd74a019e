namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// The type system rules of spec section 3 (graphql-js's validateSchema): root types, names,
/// fields, arguments, interface implementation, union members, enum values and input objects.
/// Messages follow graphql-js.
/// </summary>
internal static partial class SchemaValidator
{
    public static List<string> Validate(GraphQLSchema schema)
    {
        var errors = new List<string>();
        if (schema.QueryType is null)
        {
            errors.Add("Query root type must be provided.");
        }

        errors.AddRange(schema.DuplicateTypeNames.Select(name =>
            $"Schema must contain uniquely named types but contains multiple types named \"{name}\"."));
        ValidateDirectives(schema, errors);
        var inputCycles = new InputObjectCycleDetector(errors);
        foreach (var type in schema.TypeMap.Values.Where(type => !Introspection.IsIntrospectionType(type)))
        {
            ValidateName(type.Name, errors);
            switch (type)
            {
                case GraphQLObjectType or GraphQLInterfaceType:
                    ValidateFields((GraphQLFieldsType)type, errors);
                    ValidateInterfaces(schema, (GraphQLFieldsType)type, errors);
                    break;
                case GraphQLUnionType union:
                    ValidateUnionMembers(union, errors);
                    break;
                case GraphQLEnumType enumType:
                    ValidateEnumValues(enumType, errors);
                    break;
                case GraphQLInputObjectType input:
                    ValidateInputFields(input, errors);
                    inputCycles.Check(input);
                    break;
            }
        }

        return errors;
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
        else if (!Language.CharacterClasses.IsName(name))
        {
            errors.Add($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
        }
    }

    private static void ValidateDirectives(GraphQLSchema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType())
                {
                    errors.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.IsRequired() && argument.DeprecationReason is not null)
                {
                    errors.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateFields(GraphQLFieldsType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType())
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType())
                {
                    errors.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.IsRequired() && argument.DeprecationReason is not null)
                {
                    errors.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }

            if (field.Cost is { } cost)
            {
                ValidateCost($"{type.Name}.{field.Name}", field, cost, errors);
            }
        }
    }

    private static void ValidateUnionMembers(GraphQLUnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        foreach (var duplicate in union.Types.GroupBy(member => member.Name).Where(group => group.Count() > 1))
        {
            errors.Add($"Union type {union.Name} can only include type {duplicate.Key} once.");
        }
    }

    private static void ValidateEnumValues(GraphQLEnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type {enumType.Name} must define one or more values.");
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, errors);
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
            }
        }
    }

    private static void ValidateInputFields(GraphQLInputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType())
            {
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (field.IsRequired() && field.DeprecationReason is not null)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }
        }
    }

    /// <summary>Finds input objects that reference themselves through non-null fields, which no finite value can satisfy.</summary>
    private sealed class InputObjectCycleDetector(List<string> errors)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<string> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByType = new(StringComparer.Ordinal);

        public void Check(GraphQLInputObjectType input)
        {
            if (!_visited.Add(input.Name))
            {
                return;
            }

            _pathIndexByType[input.Name] = _fieldPath.Count;
            foreach (var field in input.Fields.Values)
            {
                if (field.Type is not GraphQLNonNull { OfType: GraphQLInputObjectType fieldType })
                {
                    continue;
                }

                _fieldPath.Add(field.Name);
                if (_pathIndexByType.TryGetValue(fieldType.Name, out var cycleStart))
                {
                    var cycle = string.Join('.', _fieldPath.Skip(cycleStart));
                    errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
                }
                else
                {
                    Check(fieldType);
                }

                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }

            _pathIndexByType.Remove(input.Name);
        }
    }
}
