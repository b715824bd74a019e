namespace KnowledgeGraph.GraphQL.Language;

/// <summary>TypeSystemExtension :: SchemaExtension | TypeExtension</summary>
public abstract record TypeSystemExtensionNode(IReadOnlyList<DirectiveNode> Directives, Location? Location)
    : DefinitionNode(Location), IHasDirectives;

/// <summary>SchemaExtension :: extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</summary>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes,
    Location? Location = null) : TypeSystemExtensionNode(Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaExtension;
}

/// <summary>TypeExtension :: ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension</summary>
public abstract record TypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, Location? Location)
    : TypeSystemExtensionNode(Directives, Location);

/// <summary>ScalarTypeExtension :: extend scalar Name Directives[Const]</summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, Location? Location = null)
    : TypeExtensionNode(Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

/// <summary>ObjectTypeExtension :: extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (or a shorter form)</summary>
public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;
}

/// <summary>InterfaceTypeExtension :: extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (or a shorter form)</summary>
public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;
}

/// <summary>UnionTypeExtension :: extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeExtension;
}

/// <summary>EnumTypeExtension :: extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</summary>
public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeExtension;
}

/// <summary>InputObjectTypeExtension :: extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</summary>
public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;
}
