using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Relations between types, as graphql-js's typeComparators and typeFromAST.</summary>
public static class TypeComparators
{
    /// <summary>True when both are the same named type under the same wrappers.</summary>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) => (typeA, typeB) switch
    {
        (GraphQLNonNull a, GraphQLNonNull b) => IsEqualType(a.OfType, b.OfType),
        (GraphQLList a, GraphQLList b) => IsEqualType(a.OfType, b.OfType),
        (GraphQLNamedType a, GraphQLNamedType b) => ReferenceEquals(a, b),
        _ => false,
    };

    /// <summary>True when a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is GraphQLNonNull superNonNull)
        {
            return maybeSubType is GraphQLNonNull subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is GraphQLNonNull nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is GraphQLList superList)
        {
            return maybeSubType is GraphQLList subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is GraphQLList)
        {
            return false;
        }

        return superType.IsAbstractType()
            && maybeSubType is GraphQLInterfaceType or GraphQLObjectType
            && schema.IsSubType((GraphQLNamedType)superType, (GraphQLNamedType)maybeSubType);
    }

    /// <summary>True when some object type could be both <paramref name="typeA"/> and <paramref name="typeB"/>.</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType())
        {
            return typeB.IsAbstractType()
                ? schema.GetPossibleTypes(typeA).Any(type => schema.IsSubType(typeB, type))
                : schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType() && schema.IsSubType(typeB, typeA);
    }

    /// <summary>The schema type a type reference names, or null when its named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return typeNode switch
        {
            ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new GraphQLList(inner) : null,
            NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new GraphQLNonNull(inner) : null,
            NamedTypeNode named => schema.GetType(named.Name.Value),
            _ => null,
        };
    }
}
