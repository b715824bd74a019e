using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Produces a field's value. Resolvers are asynchronous and should honour the context's cancellation token.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveContext context);

/// <summary>Names the object type of a value of an abstract type, or returns null when it cannot tell.</summary>
public delegate string? TypeResolver(object? value, IResolveContext context);

/// <summary>Tells whether a value belongs to an object type, for abstract type resolution without a <see cref="TypeResolver"/>.</summary>
public delegate bool IsTypeOf(object? value, IResolveContext context);

/// <summary>A field of an object or interface type.</summary>
public sealed class GraphQLField
{
    internal GraphQLField(string name, string? description, string? deprecationReason, FieldResolver? resolver)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        Resolver = resolver;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; internal set; } = SpecifiedScalars.String;

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<GraphQLArgument> Arguments { get; internal set; } = [];

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>
    /// The resolver, or null to use the default one, which reads the entry named like the field
    /// from a source that is an <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to object.
    /// </summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>How the cost model counts the field, or null for the model's defaults (1 per resolution, lists of the default size).</summary>
    public FieldCost? Cost { get; internal set; }

    /// <summary>The definition this field was built from, when built from SDL.</summary>
    public FieldDefinitionNode? AstNode { get; internal set; }

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public GraphQLArgument? Argument(string name) => Arguments.FirstOrDefault(argument => argument.Name == name);
}
