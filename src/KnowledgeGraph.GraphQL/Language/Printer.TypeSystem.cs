namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Printing of type system definitions and extensions.</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(Node node) => node switch
    {
        SchemaDefinitionNode schema => PrintDescription(schema.Description) +
            Join(["schema", PrintDirectives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode operationType => operationType.Operation.Keyword() + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => PrintDescription(scalar.Description) +
            Join(["scalar", scalar.Name.Value, PrintDirectives(scalar.Directives)], " "),
        ObjectTypeDefinitionNode obj => PrintDescription(obj.Description) +
            PrintFielded("type", obj.Name, obj.Interfaces, obj.Directives, obj.Fields),
        FieldDefinitionNode field => PrintFieldDefinition(field),
        InputValueDefinitionNode input => PrintDescription(input.Description) + input.Name.Value + ": " + Print(input.Type) +
            Wrap(" = ", input.DefaultValue is null ? "" : Print(input.DefaultValue)) + Wrap(" ", PrintDirectives(input.Directives)),
        InterfaceTypeDefinitionNode iface => PrintDescription(iface.Description) +
            PrintFielded("interface", iface.Name, iface.Interfaces, iface.Directives, iface.Fields),
        UnionTypeDefinitionNode union => PrintDescription(union.Description) +
            PrintUnion("union", union.Name, union.Directives, union.Types),
        EnumTypeDefinitionNode enumType => PrintDescription(enumType.Description) +
            Join(["enum", enumType.Name.Value, PrintDirectives(enumType.Directives), Block(enumType.Values.Select(Print))], " "),
        EnumValueDefinitionNode enumValue => PrintDescription(enumValue.Description) +
            Join([enumValue.Name.Value, PrintDirectives(enumValue.Directives)], " "),
        InputObjectTypeDefinitionNode input => PrintDescription(input.Description) +
            Join(["input", input.Name.Value, PrintDirectives(input.Directives), Block(input.Fields.Select(Print))], " "),
        DirectiveDefinitionNode directive => PrintDirectiveDefinition(directive),
        SchemaExtensionNode schema =>
            Join(["extend schema", PrintDirectives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", scalar.Name.Value, PrintDirectives(scalar.Directives)], " "),
        ObjectTypeExtensionNode obj => PrintFielded("extend type", obj.Name, obj.Interfaces, obj.Directives, obj.Fields),
        InterfaceTypeExtensionNode iface => PrintFielded("extend interface", iface.Name, iface.Interfaces, iface.Directives, iface.Fields),
        UnionTypeExtensionNode union => PrintUnion("extend union", union.Name, union.Directives, union.Types),
        EnumTypeExtensionNode enumType =>
            Join(["extend enum", enumType.Name.Value, PrintDirectives(enumType.Directives), Block(enumType.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode input =>
            Join(["extend input", input.Name.Value, PrintDirectives(input.Directives), Block(input.Fields.Select(Print))], " "),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown node kind."),
    };

    private static string PrintFielded(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields) =>
        Join(
            [keyword, name.Value, Wrap("implements ", Join(interfaces.Select(Print), " & ")), PrintDirectives(directives), Block(fields.Select(Print))],
            " ");

    private static string PrintUnion(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types) =>
        Join([keyword, name.Value, PrintDirectives(directives), Wrap("= ", Join(types.Select(Print), " | "))], " ");

    private static string PrintFieldDefinition(FieldDefinitionNode field) =>
        PrintDescription(field.Description) + field.Name.Value + PrintArgumentDefinitions(field.Arguments) + ": " +
        Print(field.Type) + Wrap(" ", PrintDirectives(field.Directives));

    private static string PrintDirectiveDefinition(DirectiveDefinitionNode directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name.Value +
        PrintArgumentDefinitions(directive.Arguments) + (directive.Repeatable ? " repeatable" : "") +
        " on " + Join(directive.Locations.Select(Print), " | ");

    /// <summary>Arguments on one line, or one per line when any of them spans lines (a block string description).</summary>
    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
