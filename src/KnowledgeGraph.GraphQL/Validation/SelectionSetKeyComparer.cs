using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Keys caches by the identity of a parent type and a selection set node: AST nodes are records,
/// whose equality compares (and hashes) whole subtrees, and two equal-looking selection sets at
/// different places are different selections.
/// </summary>
internal sealed class SelectionSetKeyComparer : IEqualityComparer<(GraphQLNamedType?, SelectionSetNode)>
{
    public static readonly SelectionSetKeyComparer Instance = new();

    public bool Equals((GraphQLNamedType?, SelectionSetNode) x, (GraphQLNamedType?, SelectionSetNode) y) =>
        ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

    public int GetHashCode((GraphQLNamedType?, SelectionSetNode) obj) =>
        HashCode.Combine(obj.Item1 is null ? 0 : RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
}
