namespace KnowledgeGraph.GraphQL.Language;

/// <summary>TypeSystemDefinition :: SchemaDefinition | TypeDefinition | DirectiveDefinition</summary>
public abstract record TypeSystemDefinitionNode(Location? Location) : DefinitionNode(Location);

/// <summary>SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes,
    Location? Location = null) : TypeSystemDefinitionNode(Location), IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaDefinition;
}

/// <summary>RootOperationTypeDefinition :: OperationType : NamedType</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type, Location? Location = null) : Node(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;
}

/// <summary>TypeDefinition :: ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition</summary>
public abstract record TypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location) : TypeSystemDefinitionNode(Location), IHasDirectives;

/// <summary>ScalarTypeDefinition :: Description? scalar Name Directives[Const]?</summary>
public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

/// <summary>ObjectTypeDefinition :: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;
}

/// <summary>FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : Node(Location), IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FieldDefinition;
}

/// <summary>InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]?</summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : Node(Location), IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputValueDefinition;
}

/// <summary>InterfaceTypeDefinition :: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;
}

/// <summary>UnionTypeDefinition :: Description? union Name Directives[Const]? UnionMemberTypes?</summary>
public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;
}

/// <summary>EnumTypeDefinition :: Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;
}

/// <summary>EnumValueDefinition :: Description? EnumValue Directives[Const]?</summary>
public sealed record EnumValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : Node(Location), IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValueDefinition;
}

/// <summary>InputObjectTypeDefinition :: Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;
}

/// <summary>DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations,
    Location? Location = null) : TypeSystemDefinitionNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveDefinition;
}
