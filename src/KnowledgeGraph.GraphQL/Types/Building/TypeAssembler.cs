using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Turns builders into type objects in two passes, so that types may refer to each other in any
/// order and in cycles: first every named type is created, then fields, arguments, interfaces and
/// members are resolved by name, and finally default values are coerced to their types.
/// </summary>
internal sealed class TypeAssembler(List<string> errors, IReadOnlyDictionary<string, GraphQLNamedType>? predefined = null)
{
    private readonly OrderedDictionary<string, GraphQLNamedType> _types = new(StringComparer.Ordinal);
    private readonly List<Action> _defaultValueCoercions = [];
    private readonly IReadOnlyDictionary<string, GraphQLNamedType> _predefined = predefined ?? StandardTypes.Value;

    /// <summary>The built-in scalars and the introspection types, which every schema may refer to.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, GraphQLNamedType>> StandardTypes = new(() =>
        SpecifiedScalars.All.Cast<GraphQLNamedType>().Concat(Introspection.Types).ToDictionary(type => type.Name, StringComparer.Ordinal));

    public OrderedDictionary<string, GraphQLNamedType> Assemble(IReadOnlyList<NamedTypeBuilder> builders)
    {
        foreach (var builder in builders)
        {
            _types[builder.Name] = CreateShell(builder);
        }

        foreach (var builder in builders)
        {
            Fill(builder, _types[builder.Name]);
        }

        RunDefaultValueCoercions();
        return _types;
    }

    public GraphQLDirective AssembleDirective(DirectiveBuilder builder)
    {
        var directive = new GraphQLDirective(builder.Name, builder.DescriptionText, builder.LocationList, builder.IsRepeatable)
        {
            AstNode = builder.AstNode,
        };
        directive.Arguments = builder.Arguments.Values.Select(argument => CreateArgument(argument, $"@{builder.Name}({argument.Name}:)")).ToList();
        RunDefaultValueCoercions();
        return directive;
    }

    private GraphQLNamedType CreateShell(NamedTypeBuilder builder)
    {
        GraphQLNamedType type = builder switch
        {
            ObjectTypeBuilder obj => new GraphQLObjectType(obj.Name, obj.DescriptionText, obj.IsTypeOfCheck),
            InterfaceTypeBuilder iface => new GraphQLInterfaceType(iface.Name, iface.DescriptionText, iface.TypeResolver),
            UnionTypeBuilder union => new GraphQLUnionType(union.Name, union.DescriptionText, union.TypeResolver),
            EnumTypeBuilder enumType => new GraphQLEnumType(enumType.Name, enumType.DescriptionText, enumType.Values.ToList()),
            InputObjectTypeBuilder input => new GraphQLInputObjectType(input.Name, input.DescriptionText),
            ScalarTypeBuilder { Serializer: null, ValueParser: null, LiteralParser: null } scalar
                when _predefined.GetValueOrDefault(scalar.Name) is GraphQLScalarType builtIn => builtIn,
            ScalarTypeBuilder scalar => new GraphQLScalarType(
                scalar.Name, scalar.Serializer, scalar.ValueParser, scalar.LiteralParser, scalar.DescriptionText, scalar.SpecifiedByUrl),
            _ => throw new ArgumentOutOfRangeException(nameof(builder), builder.GetType().Name, "Unknown kind of type builder."),
        };
        if (!SpecifiedScalars.IsSpecified(type))
        {
            type.AstNode = builder.AstNode;
        }

        return type;
    }

    private void Fill(NamedTypeBuilder builder, GraphQLNamedType type)
    {
        switch (builder, type)
        {
            case (ObjectTypeBuilder objBuilder, GraphQLObjectType obj):
                FillFields(objBuilder.Name, objBuilder.Fields, objBuilder.LateResolvers, obj);
                obj.Interfaces = ResolveInterfaces(objBuilder.Name, objBuilder.InterfaceNames);
                break;
            case (InterfaceTypeBuilder ifaceBuilder, GraphQLInterfaceType iface):
                FillFields(ifaceBuilder.Name, ifaceBuilder.Fields, ifaceBuilder.LateResolvers, iface);
                iface.Interfaces = ResolveInterfaces(ifaceBuilder.Name, ifaceBuilder.InterfaceNames);
                break;
            case (UnionTypeBuilder unionBuilder, GraphQLUnionType union):
                union.Types = unionBuilder.MemberNames.Select(name => ResolveMember(union.Name, name)).OfType<GraphQLObjectType>().ToList();
                break;
            case (InputObjectTypeBuilder inputBuilder, GraphQLInputObjectType input):
                var fields = new OrderedDictionary<string, GraphQLInputField>(StringComparer.Ordinal);
                foreach (var fieldBuilder in inputBuilder.Fields.Values)
                {
                    var field = new GraphQLInputField(fieldBuilder.Name, fieldBuilder.DescriptionText, fieldBuilder.DeprecationReasonText);
                    FillInputValue(field, fieldBuilder, $"{input.Name}.{fieldBuilder.Name}");
                    fields[field.Name] = field;
                }

                input.Fields = fields;
                break;
        }
    }

    private void FillFields(
        string typeName,
        OrderedDictionary<string, FieldBuilder> builders,
        Dictionary<string, FieldResolver> lateResolvers,
        GraphQLFieldsType type)
    {
        var fields = new OrderedDictionary<string, GraphQLField>(StringComparer.Ordinal);
        foreach (var builder in builders.Values)
        {
            var coordinate = $"{typeName}.{builder.Name}";
            var field = new GraphQLField(builder.Name, builder.DescriptionText, builder.DeprecationReasonText, builder.Resolver)
            {
                AstNode = builder.AstNode,
                Type = ResolveType(builder.Type, coordinate),
                Cost = builder.CostDescriptor,
            };
            field.Arguments = builder.Arguments.Values.Select(argument => CreateArgument(argument, $"{coordinate}({argument.Name}:)")).ToList();
            fields[field.Name] = field;
        }

        foreach (var (fieldName, resolver) in lateResolvers)
        {
            if (fields.TryGetValue(fieldName, out var field))
            {
                field.Resolver = resolver;
            }
            else
            {
                errors.Add($"Cannot bind a resolver to {typeName}.{fieldName}: the type has no such field.");
            }
        }

        type.Fields = fields;
    }

    private GraphQLArgument CreateArgument(InputValueBuilder builder, string coordinate)
    {
        var argument = new GraphQLArgument(builder.Name, builder.DescriptionText, builder.DeprecationReasonText);
        FillInputValue(argument, builder, coordinate);
        return argument;
    }

    private void FillInputValue(GraphQLInputValue value, InputValueBuilder builder, string coordinate)
    {
        value.Type = ResolveType(builder.Type, coordinate);
        value.AstNode = builder.AstNode;
        if (!builder.HasDefault)
        {
            return;
        }

        value.HasDefaultValue = true;
        _defaultValueCoercions.Add(() => CoerceDefault(value, builder, coordinate));
    }

    /// <summary>Runs after all types are complete, because a default may be an input object of a later type.</summary>
    private void RunDefaultValueCoercions()
    {
        foreach (var coercion in _defaultValueCoercions)
        {
            coercion();
        }

        _defaultValueCoercions.Clear();
    }

    private void CoerceDefault(GraphQLInputValue value, InputValueBuilder builder, string coordinate)
    {
        if (!value.Type.IsInputType())
        {
            return;
        }

        if (builder.DefaultLiteral is { } literal)
        {
            if (ValueFromAst.TryGetValue(literal, value.Type, null, out var coerced))
            {
                value.DefaultValue = coerced;
            }
            else
            {
                errors.Add($"Default value {Printer.Print(literal)} of {coordinate} is not a valid {value.Type}.");
            }

            return;
        }

        var problems = new List<string>();
        value.DefaultValue = InputCoercion.CoerceInputValue(builder.DefaultExternalValue, value.Type, error => problems.Add(error.Message));
        errors.AddRange(problems.Select(problem => $"Default value of {coordinate} is invalid: {problem}"));
    }

    private GraphQLType ResolveType(TypeNode node, string coordinate) => node switch
    {
        NonNullTypeNode nonNull => new GraphQLNonNull(ResolveType(nonNull.Type, coordinate)),
        ListTypeNode list => new GraphQLList(ResolveType(list.Type, coordinate)),
        NamedTypeNode named => ResolveNamed(named.Name.Value, coordinate) ?? SpecifiedScalars.String,
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown type reference."),
    };

    private GraphQLNamedType? ResolveNamed(string name, string referencedBy)
    {
        var type = _types.GetValueOrDefault(name) ?? _predefined.GetValueOrDefault(name);
        if (type is null)
        {
            errors.Add($"Unknown type \"{name}\" referenced by {referencedBy}.");
        }

        return type;
    }

    private List<GraphQLInterfaceType> ResolveInterfaces(string typeName, IEnumerable<string> names)
    {
        var interfaces = new List<GraphQLInterfaceType>();
        foreach (var name in names)
        {
            switch (ResolveNamed(name, typeName))
            {
                case GraphQLInterfaceType iface:
                    interfaces.Add(iface);
                    break;
                case { } other:
                    errors.Add($"Type {typeName} must only implement Interface types, it cannot implement {other.Name}.");
                    break;
            }
        }

        return interfaces;
    }

    private GraphQLObjectType? ResolveMember(string unionName, string memberName)
    {
        var member = ResolveNamed(memberName, unionName);
        if (member is not null and not GraphQLObjectType)
        {
            errors.Add($"Union type {unionName} can only include Object types, it cannot include {member.Name}.");
        }

        return member as GraphQLObjectType;
    }
}
