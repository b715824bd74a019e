using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// A validated schema: root types, every named type reachable from them (plus the types added
/// explicitly and the introspection types), and the directives. Build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly OrderedDictionary<string, GraphQLNamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GraphQLObjectType>> _objectImplementations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GraphQLInterfaceType>> _interfaceImplementations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);

    internal GraphQLSchema(
        GraphQLObjectType? queryType,
        GraphQLObjectType? mutationType,
        GraphQLObjectType? subscriptionType,
        IReadOnlyList<GraphQLNamedType> types,
        IReadOnlyList<GraphQLDirective> directives,
        string? description)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Directives = directives;
        Description = description;
        CollectTypes(types);
        foreach (var type in _typeMap.Values.OfType<GraphQLFieldsType>())
        {
            foreach (var iface in type.Interfaces)
            {
                if (type is GraphQLObjectType obj)
                {
                    ListFor(_objectImplementations, iface.Name).Add(obj);
                }
                else
                {
                    ListFor(_interfaceImplementations, iface.Name).Add((GraphQLInterfaceType)type);
                }
            }
        }
    }

    /// <summary>The schema's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The root type of queries.</summary>
    public GraphQLObjectType? QueryType { get; }

    /// <summary>The root type of mutations, or null when the schema has none.</summary>
    public GraphQLObjectType? MutationType { get; }

    /// <summary>The root type of subscriptions, or null when the schema has none.</summary>
    public GraphQLObjectType? SubscriptionType { get; }

    /// <summary>The directives, custom ones first, then the specified ones not redefined.</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>Every named type by name, in graphql-js's collection order.</summary>
    public IReadOnlyDictionary<string, GraphQLNamedType> TypeMap => _typeMap;

    /// <summary>Names that were given to more than one distinct type; schema validation reports them.</summary>
    internal List<string> DuplicateTypeNames { get; } = [];

    /// <summary>The named type called <paramref name="name"/>, or null.</summary>
    public GraphQLNamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>The directive called <paramref name="name"/> (without <c>@</c>), or null.</summary>
    public GraphQLDirective? GetDirective(string name) => Directives.FirstOrDefault(directive => directive.Name == name);

    /// <summary>The root type for an operation type, or null when the schema does not support it.</summary>
    public GraphQLObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an abstract type may have: a union's members or an interface's implementations.</summary>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(GraphQLNamedType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types,
        GraphQLInterfaceType iface => _objectImplementations.GetValueOrDefault(iface.Name) ?? [],
        _ => [],
    };

    /// <summary>The interfaces that implement <paramref name="iface"/>.</summary>
    public IReadOnlyList<GraphQLInterfaceType> GetInterfaceImplementations(GraphQLInterfaceType iface) =>
        _interfaceImplementations.GetValueOrDefault(iface.Name) ?? [];

    /// <summary>True when <paramref name="maybeSubType"/> is a member or an implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(GraphQLNamedType abstractType, GraphQLNamedType maybeSubType)
    {
        if (!_subTypes.TryGetValue(abstractType.Name, out var subTypes))
        {
            subTypes = abstractType is GraphQLInterfaceType iface
                ? [.. GetPossibleTypes(iface).Select(type => type.Name), .. GetInterfaceImplementations(iface).Select(type => type.Name)]
                : [.. GetPossibleTypes(abstractType).Select(type => type.Name)];
            lock (_subTypes)
            {
                _subTypes[abstractType.Name] = subTypes;
            }
        }

        return subTypes.Contains(maybeSubType.Name);
    }

    /// <summary>
    /// graphql-js's order: the given types in order, each followed by the types it references for
    /// the first time, then the roots, the directives' argument types and the introspection types.
    /// </summary>
    private void CollectTypes(IReadOnlyList<GraphQLNamedType> types)
    {
        var pending = types.Select(type => type.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var type in types)
        {
            pending.Remove(type.Name);
            Collect(type, pending);
        }

        foreach (var root in new[] { QueryType, MutationType, SubscriptionType })
        {
            if (root is not null)
            {
                Collect(root, pending);
            }
        }

        foreach (var argument in Directives.SelectMany(directive => directive.Arguments))
        {
            Collect(argument.Type, pending);
        }

        Collect(Introspection.SchemaType, pending);
    }

    /// <summary>Adds a type and what it references, leaving types still <paramref name="pending"/> for their own turn.</summary>
    private void Collect(GraphQLType type, HashSet<string> pending)
    {
        var named = type.NamedType();
        if (pending.Contains(named.Name))
        {
            return;
        }

        if (_typeMap.TryGetValue(named.Name, out var existing))
        {
            if (!ReferenceEquals(existing, named) && !DuplicateTypeNames.Contains(named.Name))
            {
                DuplicateTypeNames.Add(named.Name);
            }

            return;
        }

        _typeMap.Add(named.Name, named);
        switch (named)
        {
            case GraphQLUnionType union:
                union.Types.ToList().ForEach(member => Collect(member, pending));
                break;
            case GraphQLFieldsType fielded:
                fielded.Interfaces.ToList().ForEach(iface => Collect(iface, pending));
                foreach (var field in fielded.Fields.Values)
                {
                    Collect(field.Type, pending);
                    field.Arguments.ToList().ForEach(argument => Collect(argument.Type, pending));
                }

                break;
            case GraphQLInputObjectType input:
                input.Fields.Values.ToList().ForEach(field => Collect(field.Type, pending));
                break;
        }
    }

    private static List<T> ListFor<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
