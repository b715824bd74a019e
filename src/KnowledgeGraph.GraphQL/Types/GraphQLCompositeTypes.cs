namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A type with fields that may implement interfaces: an object or an interface type.</summary>
public abstract class GraphQLFieldsType : GraphQLNamedType
{
    private protected GraphQLFieldsType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLField> Fields { get; internal set; } = new OrderedDictionary<string, GraphQLField>();

    /// <summary>The interfaces this type implements, in definition order.</summary>
    public IReadOnlyList<GraphQLInterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public GraphQLField? Field(string name) => Fields.GetValueOrDefault(name);
}

/// <summary>An object type (spec section 3.6).</summary>
public sealed class GraphQLObjectType : GraphQLFieldsType
{
    internal GraphQLObjectType(string name, string? description, IsTypeOf? isTypeOf)
        : base(name, description)
    {
        IsTypeOf = isTypeOf;
    }

    /// <summary>Tells whether a value is of this type, for abstract type resolution; may be null.</summary>
    public IsTypeOf? IsTypeOf { get; }
}

/// <summary>An interface type (spec section 3.7), which may itself implement interfaces.</summary>
public sealed class GraphQLInterfaceType : GraphQLFieldsType
{
    internal GraphQLInterfaceType(string name, string? description, TypeResolver? resolveType)
        : base(name, description)
    {
        ResolveType = resolveType;
    }

    /// <summary>Names the object type of a value; when null, the possible types' IsTypeOf are asked.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>A union type (spec section 3.8).</summary>
public sealed class GraphQLUnionType : GraphQLNamedType
{
    internal GraphQLUnionType(string name, string? description, TypeResolver? resolveType)
        : base(name, description)
    {
        ResolveType = resolveType;
    }

    /// <summary>The member types, in definition order.</summary>
    public IReadOnlyList<GraphQLObjectType> Types { get; internal set; } = [];

    /// <summary>Names the object type of a value; when null, the members' IsTypeOf are asked.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
