namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Value[Const] :: Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue</summary>
public abstract record ValueNode(Location? Location) : Node(Location);

/// <summary>Variable :: $ Name</summary>
public sealed record VariableNode(NameNode Name, Location? Location = null) : ValueNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Variable;
}

/// <summary>IntValue :: IntegerPart — the digits as written.</summary>
public sealed record IntValueNode(string Value, Location? Location = null) : ValueNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.IntValue;
}

/// <summary>FloatValue :: IntegerPart FractionalPart? ExponentPart? — the text as written.</summary>
public sealed record FloatValueNode(string Value, Location? Location = null) : ValueNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FloatValue;
}

/// <summary>StringValue :: " StringCharacter* " | """ BlockStringCharacter* """ — the decoded value.</summary>
public sealed record StringValueNode(string Value, bool Block = false, Location? Location = null) : ValueNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.StringValue;
}

/// <summary>BooleanValue :: one of true false</summary>
public sealed record BooleanValueNode(bool Value, Location? Location = null) : ValueNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BooleanValue;
}

/// <summary>NullValue :: null</summary>
public sealed record NullValueNode(Location? Location = null) : ValueNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>EnumValue :: Name but not true, false or null</summary>
public sealed record EnumValueNode(string Value, Location? Location = null) : ValueNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValue;
}

/// <summary>ListValue :: [ ] | [ Value+ ]</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values, Location? Location = null) : ValueNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListValue;
}

/// <summary>ObjectValue :: { } | { ObjectField+ }</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields, Location? Location = null) : ValueNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectValue;
}

/// <summary>ObjectField :: Name : Value</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value, Location? Location = null) : Node(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectField;
}

/// <summary>Type :: NamedType | ListType | NonNullType</summary>
public abstract record TypeNode(Location? Location) : Node(Location);

/// <summary>NamedType :: Name</summary>
public sealed record NamedTypeNode(NameNode Name, Location? Location = null) : TypeNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NamedType;
}

/// <summary>ListType :: [ Type ]</summary>
public sealed record ListTypeNode(TypeNode Type, Location? Location = null) : TypeNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListType;
}

/// <summary>NonNullType :: NamedType ! | ListType !</summary>
public sealed record NonNullTypeNode(TypeNode Type, Location? Location = null) : TypeNode(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NonNullType;
}
