using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Schema-first building: type definitions and extensions read from SDL.</summary>
public sealed partial class SchemaBuilder
{
    private readonly HashSet<string> _sdlDefinedTypes = new(StringComparer.Ordinal);
    private bool _sdlSchemaDefined;

    /// <summary>
    /// Adds the definitions and extensions of an SDL document. Definitions are applied first, then
    /// extensions, so an extension may precede its type. <c>@deprecated</c> and <c>@specifiedBy</c>
    /// take effect; other applied directives are kept only in the AST.
    /// </summary>
    /// <exception cref="GraphQLSyntaxException">The SDL is not valid GraphQL syntax.</exception>
    public SchemaBuilder AddSdl(string sdl)
    {
        var document = Parser.Parse(new Source(sdl, "SDL"));
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    AddSchemaDefinition(schema);
                    break;
                case TypeDefinitionNode type:
                    AddTypeDefinition(type);
                    break;
                case DirectiveDefinitionNode directive:
                    AddDirectiveDefinition(directive);
                    break;
                case TypeSystemExtensionNode:
                    break;
                default:
                    _errors.Add($"SDL may hold only type system definitions, but found a {definition.Kind} at {definition.Location?.StartLocation}.");
                    break;
            }
        }

        foreach (var extension in document.Definitions.OfType<TypeSystemExtensionNode>())
        {
            AddExtension(extension);
        }

        return this;
    }

    private void AddSchemaDefinition(SchemaDefinitionNode schema)
    {
        if (_sdlSchemaDefined)
        {
            _errors.Add("Must provide only one schema definition.");
        }

        _sdlSchemaDefined = true;
        _description = schema.Description?.Value ?? _description;
        AddOperationTypes(schema.OperationTypes);
    }

    private void AddOperationTypes(IEnumerable<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            Root(operationType.Operation, operationType.Type.Name.Value);
        }
    }

    private void AddTypeDefinition(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        if (!_sdlDefinedTypes.Add(name))
        {
            _errors.Add($"There can be only one type named \"{name}\".");
            return;
        }

        var description = definition.Description?.Value;
        switch (definition)
        {
            case ScalarTypeDefinitionNode scalar:
                Scalar(name, builder => builder.SpecifiedByUrl = SpecifiedByUrl(scalar.Directives));
                break;
            case ObjectTypeDefinitionNode obj:
                Object(name, builder => AddFields(builder, obj.Fields, obj.Interfaces));
                break;
            case InterfaceTypeDefinitionNode iface:
                Interface(name, builder => AddFields(builder, iface.Fields, iface.Interfaces));
                break;
            case UnionTypeDefinitionNode union:
                Union(name, builder => builder.Members(union.Types.Select(type => type.Name.Value).ToArray()));
                break;
            case EnumTypeDefinitionNode enumType:
                Enum(name, builder => AddEnumValues(builder, enumType.Values));
                break;
            case InputObjectTypeDefinitionNode input:
                InputObject(name, builder => AddInputFields(builder, input.Fields));
                break;
        }

        if (_types.GetValueOrDefault(name) is { } added)
        {
            added.DescriptionText = description;
            added.AstNode = definition;
        }
    }

    private void AddExtension(TypeSystemExtensionNode extension)
    {
        if (extension is SchemaExtensionNode schema)
        {
            AddOperationTypes(schema.OperationTypes);
            return;
        }

        var typeExtension = (TypeExtensionNode)extension;
        var name = typeExtension.Name.Value;
        var existing = _types.GetValueOrDefault(name);
        var matches = (typeExtension, existing) switch
        {
            (ScalarTypeExtensionNode scalar, ScalarTypeBuilder builder) => Apply(() => builder.SpecifiedByUrl ??= SpecifiedByUrl(scalar.Directives)),
            (ObjectTypeExtensionNode obj, ObjectTypeBuilder builder) => Apply(() => AddFields(builder, obj.Fields, obj.Interfaces)),
            (InterfaceTypeExtensionNode iface, InterfaceTypeBuilder builder) => Apply(() => AddFields(builder, iface.Fields, iface.Interfaces)),
            (UnionTypeExtensionNode union, UnionTypeBuilder builder) => Apply(() => builder.Members(union.Types.Select(type => type.Name.Value).ToArray())),
            (EnumTypeExtensionNode enumType, EnumTypeBuilder builder) => Apply(() => AddEnumValues(builder, enumType.Values)),
            (InputObjectTypeExtensionNode input, InputObjectTypeBuilder builder) => Apply(() => AddInputFields(builder, input.Fields)),
            _ => false,
        };
        if (!matches)
        {
            _errors.Add(existing is null
                ? $"Cannot extend type \"{name}\" because it is not defined."
                : $"Cannot extend type \"{name}\": the extension is of another kind than the type.");
        }
    }

    private static bool Apply(Action apply)
    {
        apply();
        return true;
    }

    private void AddFields<TSelf>(FieldsTypeBuilder<TSelf> builder, IEnumerable<FieldDefinitionNode> fields, IEnumerable<NamedTypeNode> interfaces)
        where TSelf : FieldsTypeBuilder<TSelf>
    {
        builder.Implements(interfaces.Select(type => type.Name.Value).ToArray());
        foreach (var field in fields)
        {
            if (builder.Fields.ContainsKey(field.Name.Value) && builder.Fields[field.Name.Value].AstNode is not null)
            {
                _errors.Add($"Field \"{builder.Name}.{field.Name.Value}\" can only be defined once.");
                continue;
            }

            var fieldBuilder = new FieldBuilder(field.Name.Value, field.Type) { AstNode = field };
            fieldBuilder.Description(field.Description?.Value);
            if (DeprecationReason(field.Directives) is { } reason)
            {
                fieldBuilder.Deprecated(reason);
            }

            foreach (var argument in field.Arguments)
            {
                fieldBuilder.AddArgument(InputValue(argument));
            }

            builder.AddField(fieldBuilder);
        }
    }

    private void AddEnumValues(EnumTypeBuilder builder, IEnumerable<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            if (builder.Values.Exists(existing => existing.Name == value.Name.Value))
            {
                _errors.Add($"Enum value \"{builder.Name}.{value.Name.Value}\" can only be defined once.");
                continue;
            }

            builder.AddValue(new GraphQLEnumValue(value.Name.Value, value.Name.Value, value.Description?.Value, DeprecationReason(value.Directives))
            {
                AstNode = value,
            });
        }
    }

    private void AddInputFields(InputObjectTypeBuilder builder, IEnumerable<InputValueDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            if (builder.Fields.ContainsKey(field.Name.Value))
            {
                _errors.Add($"Field \"{builder.Name}.{field.Name.Value}\" can only be defined once.");
                continue;
            }

            builder.AddField(InputValue(field));
        }
    }

    private void AddDirectiveDefinition(DirectiveDefinitionNode definition)
    {
        if (_directives.ContainsKey(definition.Name.Value))
        {
            _errors.Add($"There can be only one directive named \"@{definition.Name.Value}\".");
            return;
        }

        Directive(definition.Name.Value, builder =>
        {
            builder.AstNode = definition;
            builder.Description(definition.Description?.Value);
            if (definition.Repeatable)
            {
                builder.Repeatable();
            }

            foreach (var location in definition.Locations)
            {
                DirectiveLocations.TryParse(location.Value, out var parsed);
                builder.Locations(parsed);
            }

            foreach (var argument in definition.Arguments)
            {
                builder.AddArgument(InputValue(argument));
            }
        });
    }

    private static InputValueBuilder InputValue(InputValueDefinitionNode definition)
    {
        var builder = new InputValueBuilder(definition.Name.Value, definition.Type) { AstNode = definition };
        builder.Description(definition.Description?.Value);
        if (definition.DefaultValue is { } literal)
        {
            builder.DefaultLiteralNode(literal);
        }

        if (DeprecationReason(definition.Directives) is { } reason)
        {
            builder.Deprecated(reason);
        }

        return builder;
    }

    /// <summary>The reason of an applied <c>@deprecated</c>, its default when the argument is left out, or null.</summary>
    private static string? DeprecationReason(IEnumerable<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(directive => directive.Name.Value == SpecifiedDirectives.Deprecated.Name);
        if (deprecated is null)
        {
            return null;
        }

        var reason = deprecated.Arguments.FirstOrDefault(argument => argument.Name.Value == "reason")?.Value;
        return reason is StringValueNode text ? text.Value : SpecifiedDirectives.DefaultDeprecationReason;
    }

    private static string? SpecifiedByUrl(IEnumerable<DirectiveNode> directives) =>
        directives.FirstOrDefault(directive => directive.Name.Value == SpecifiedDirectives.SpecifiedBy.Name)?
            .Arguments.FirstOrDefault(argument => argument.Name.Value == "url")?.Value is StringValueNode url
            ? url.Value
            : null;
}
