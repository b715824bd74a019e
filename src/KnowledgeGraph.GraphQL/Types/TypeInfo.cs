using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Tracks, during a traversal of an executable document, the schema elements that apply at the
/// current node: the output type, its parent composite type, the field, the expected input type,
/// the argument, the directive and the enum value — as graphql-js's TypeInfo. Feed it every node
/// with <see cref="Enter"/> and <see cref="Leave"/>, or wrap a visitor in a <see cref="TypeInfoVisitor"/>.
/// </summary>
public sealed class TypeInfo(GraphQLSchema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLNamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<GraphQLField?> _fieldDefStack = [];
    private readonly List<GraphQLInputValue?> _defaultValueStack = [];

    /// <summary>The schema the document is typed against.</summary>
    public GraphQLSchema Schema { get; } = schema;

    /// <summary>The output type of the current node (a field's type, an operation's root, a fragment's condition).</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set holds the current node.</summary>
    public GraphQLNamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at the current value, argument or variable definition.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type that encloses the current input type (a list's or an input object's).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The field definition of the current field.</summary>
    public GraphQLField? FieldDefinition => Peek(_fieldDefStack);

    /// <summary>The argument or input field whose default applies at the current value, if any.</summary>
    public GraphQLInputValue? DefaultValueSource => Peek(_defaultValueStack);

    /// <summary>The directive being visited.</summary>
    public GraphQLDirective? Directive { get; private set; }

    /// <summary>The argument being visited.</summary>
    public GraphQLArgument? Argument { get; private set; }

    /// <summary>The enum value being visited.</summary>
    public GraphQLEnumValue? EnumValue { get; private set; }

    /// <summary>
    /// The definition of field <paramref name="fieldName"/> on <paramref name="parentType"/>,
    /// including the meta-fields <c>__schema</c> and <c>__type</c> (on the query root) and <c>__typename</c>.
    /// </summary>
    public static GraphQLField? GetFieldDefinition(GraphQLSchema schema, GraphQLNamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return fieldName switch
        {
            "__schema" when ReferenceEquals(schema.QueryType, parentType) => Introspection.SchemaMetaField,
            "__type" when ReferenceEquals(schema.QueryType, parentType) => Introspection.TypeMetaField,
            "__typename" when parentType.IsCompositeType() => Introspection.TypeNameMetaField,
            _ => (parentType as GraphQLFieldsType)?.Field(fieldName),
        };
    }

    /// <summary>Updates the state on entering <paramref name="node"/>.</summary>
    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.NamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parent ? GetFieldDefinition(Schema, parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                PushTypeCondition(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushTypeCondition(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeComparators.TypeFromAst(Schema, variable.Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable();
                var itemType = listType is GraphQLList list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.NamedType() as GraphQLInputObjectType)?.Fields.GetValueOrDefault(objectField.Name.Value);
                _defaultValueStack.Add(inputField);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.NamedType() as GraphQLEnumType)?.Value(enumValue.Value);
                break;
        }
    }

    /// <summary>Updates the state on leaving <paramref name="node"/>.</summary>
    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void PushTypeCondition(NamedTypeNode? typeCondition)
    {
        var outputType = typeCondition is not null ? TypeComparators.TypeFromAst(Schema, typeCondition) : Type?.NamedType();
        _typeStack.Add(outputType is not null && outputType.IsOutputType() ? outputType : null);
    }

    private void EnterArgument(ArgumentNode argument)
    {
        var arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
        var definition = arguments?.FirstOrDefault(candidate => candidate.Name == argument.Name.Value);
        Argument = definition;
        _defaultValueStack.Add(definition);
        _inputTypeStack.Add(definition is not null && definition.Type.IsInputType() ? definition.Type : null);
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}

/// <summary>Keeps a <see cref="TypeInfo"/> in step with a traversal and forwards each node to an inner visitor, as graphql-js's visitWithTypeInfo.</summary>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, IAstVisitor visitor) : IAstVisitor
{
    /// <inheritdoc />
    public VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        typeInfo.Enter(node);
        var action = visitor.Enter(node, ancestors);
        if (action == VisitorAction.Skip)
        {
            typeInfo.Leave(node);
        }

        return action;
    }

    /// <inheritdoc />
    public VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
    {
        var action = visitor.Leave(node, ancestors);
        typeInfo.Leave(node);
        return action;
    }
}
