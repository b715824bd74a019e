using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Any GraphQL type: a named type, or a list or non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The type as a type reference is written: <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class GraphQLNamedType : GraphQLType
{
    private protected GraphQLNamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The type's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The definition this type was built from, when built from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <inheritdoc />
    public sealed override string ToString() => Name;
}

/// <summary>A list of values of <see cref="OfType"/>.</summary>
public sealed class GraphQLList(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}

/// <summary>A type whose values are never null.</summary>
public sealed class GraphQLNonNull : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    public GraphQLNonNull(GraphQLType ofType)
    {
        if (ofType is GraphQLNonNull)
        {
            throw new ArgumentException($"Expected a nullable type, got {ofType}.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type wrapped.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}

/// <summary>Classification of types, as graphql-js's isInputType, getNamedType and friends.</summary>
public static class TypeExtensions
{
    /// <summary>The named type inside any wrappers.</summary>
    public static GraphQLNamedType NamedType(this GraphQLType type) => type switch
    {
        GraphQLNamedType named => named,
        GraphQLList list => list.OfType.NamedType(),
        GraphQLNonNull nonNull => nonNull.OfType.NamedType(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown kind of type."),
    };

    /// <summary>The type without an outer non-null wrapper.</summary>
    public static GraphQLType Nullable(this GraphQLType type) => type is GraphQLNonNull nonNull ? nonNull.OfType : type;

    /// <summary>Scalars, enums, input objects and wrappers of them may be used for arguments and variables.</summary>
    public static bool IsInputType(this GraphQLType type) =>
        type.NamedType() is GraphQLScalarType or GraphQLEnumType or GraphQLInputObjectType;

    /// <summary>Every type but input objects (and wrappers of them) may be a field's type.</summary>
    public static bool IsOutputType(this GraphQLType type) => type.NamedType() is not GraphQLInputObjectType;

    /// <summary>Scalars and enums.</summary>
    public static bool IsLeafType(this GraphQLType type) => type is GraphQLScalarType or GraphQLEnumType;

    /// <summary>Objects, interfaces and unions.</summary>
    public static bool IsCompositeType(this GraphQLType type) => type is GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>Interfaces and unions.</summary>
    public static bool IsAbstractType(this GraphQLType type) => type is GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>A non-null type without a default value must be given.</summary>
    public static bool IsRequired(this GraphQLInputValue value) => value.Type is GraphQLNonNull && !value.HasDefaultValue;
}
