namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The children of each node kind, in graphql-js's QueryDocumentKeys order.</summary>
public static partial class Visitor
{
    /// <summary>The direct child nodes of <paramref name="node"/>, in traversal order.</summary>
    public static IEnumerable<Node> Children(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            DocumentNode document => document.Definitions,
            OperationDefinitionNode operation => Concat(
                Maybe(operation.Name), operation.VariableDefinitions, operation.Directives, [operation.SelectionSet]),
            VariableDefinitionNode variable => Concat(
                [variable.Variable, variable.Type], Maybe(variable.DefaultValue), variable.Directives),
            VariableNode variable => [variable.Name],
            SelectionSetNode selectionSet => selectionSet.Selections,
            FieldNode field => Concat(
                Maybe(field.Alias), [field.Name], field.Arguments, field.Directives, Maybe(field.SelectionSet)),
            ArgumentNode argument => [argument.Name, argument.Value],
            FragmentSpreadNode spread => Concat([spread.Name], spread.Directives),
            InlineFragmentNode inline => Concat(Maybe(inline.TypeCondition), inline.Directives, [inline.SelectionSet]),
            FragmentDefinitionNode fragment => Concat(
                [fragment.Name, fragment.TypeCondition], fragment.Directives, [fragment.SelectionSet]),
            ListValueNode list => list.Values,
            ObjectValueNode obj => obj.Fields,
            ObjectFieldNode objectField => [objectField.Name, objectField.Value],
            DirectiveNode directive => Concat([directive.Name], directive.Arguments),
            NamedTypeNode namedType => [namedType.Name],
            ListTypeNode listType => [listType.Type],
            NonNullTypeNode nonNullType => [nonNullType.Type],
            _ => TypeSystemChildren(node),
        };
    }

    private static IEnumerable<Node> TypeSystemChildren(Node node) => node switch
    {
        SchemaDefinitionNode schema => Concat(Maybe(schema.Description), schema.Directives, schema.OperationTypes),
        OperationTypeDefinitionNode operationType => [operationType.Type],
        ScalarTypeDefinitionNode scalar => Concat(Maybe(scalar.Description), [scalar.Name], scalar.Directives),
        ObjectTypeDefinitionNode obj => Concat(Maybe(obj.Description), [obj.Name], obj.Interfaces, obj.Directives, obj.Fields),
        FieldDefinitionNode field => Concat(Maybe(field.Description), [field.Name], field.Arguments, [field.Type], field.Directives),
        InputValueDefinitionNode input => Concat(
            Maybe(input.Description), [input.Name, input.Type], Maybe(input.DefaultValue), input.Directives),
        InterfaceTypeDefinitionNode iface => Concat(
            Maybe(iface.Description), [iface.Name], iface.Interfaces, iface.Directives, iface.Fields),
        UnionTypeDefinitionNode union => Concat(Maybe(union.Description), [union.Name], union.Directives, union.Types),
        EnumTypeDefinitionNode enumType => Concat(Maybe(enumType.Description), [enumType.Name], enumType.Directives, enumType.Values),
        EnumValueDefinitionNode enumValue => Concat(Maybe(enumValue.Description), [enumValue.Name], enumValue.Directives),
        InputObjectTypeDefinitionNode input => Concat(Maybe(input.Description), [input.Name], input.Directives, input.Fields),
        DirectiveDefinitionNode directive => Concat(
            Maybe(directive.Description), [directive.Name], directive.Arguments, directive.Locations),
        SchemaExtensionNode schema => Concat(schema.Directives, schema.OperationTypes),
        ScalarTypeExtensionNode scalar => Concat([scalar.Name], scalar.Directives),
        ObjectTypeExtensionNode obj => Concat([obj.Name], obj.Interfaces, obj.Directives, obj.Fields),
        InterfaceTypeExtensionNode iface => Concat([iface.Name], iface.Interfaces, iface.Directives, iface.Fields),
        UnionTypeExtensionNode union => Concat([union.Name], union.Directives, union.Types),
        EnumTypeExtensionNode enumType => Concat([enumType.Name], enumType.Directives, enumType.Values),
        InputObjectTypeExtensionNode input => Concat([input.Name], input.Directives, input.Fields),
        _ => [],
    };

    private static IEnumerable<Node> Maybe(Node? node) => node is null ? [] : [node];

    private static IEnumerable<Node> Concat(params IEnumerable<Node>[] parts) => parts.SelectMany(part => part);
}
