namespace KnowledgeGraph.GraphQL.Language;

/// <summary>What a visitor asks the traversal to do next.</summary>
public enum VisitorAction
{
    /// <summary>Go on as usual.</summary>
    Continue,

    /// <summary>From <see cref="IAstVisitor.Enter"/>: do not visit this node's children, nor leave it.</summary>
    Skip,

    /// <summary>Stop the whole traversal.</summary>
    Break,
}

/// <summary>Receives each node of a depth-first traversal on the way in and on the way out.</summary>
public interface IAstVisitor
{
    /// <summary>Called before a node's children are visited.</summary>
    /// <param name="node">The node entered.</param>
    /// <param name="ancestors">The nodes from the root down to the parent of <paramref name="node"/>.</param>
    VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors);

    /// <summary>Called after a node's children were visited.</summary>
    /// <param name="node">The node left.</param>
    /// <param name="ancestors">The nodes from the root down to the parent of <paramref name="node"/>.</param>
    VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors);
}

/// <summary>A visitor whose methods do nothing; override the ones you need.</summary>
public abstract class AstVisitor : IAstVisitor
{
    /// <inheritdoc />
    public virtual VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors) => VisitorAction.Continue;

    /// <inheritdoc />
    public virtual VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors) => VisitorAction.Continue;
}

/// <summary>
/// Depth-first traversal of an AST in graphql-js's key order (QueryDocumentKeys), like its
/// <c>visit()</c> without editing: the AST is immutable, so visitors collect rather than replace.
/// </summary>
public static partial class Visitor
{
    /// <summary>Visits <paramref name="root"/> and all its descendants.</summary>
    public static void Visit(Node root, IAstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        VisitNode(root, visitor, []);
    }

    /// <summary>Returns false when the visitor asked to break.</summary>
    private static bool VisitNode(Node node, IAstVisitor visitor, List<Node> ancestors)
    {
        var action = visitor.Enter(node, ancestors);
        if (action == VisitorAction.Break)
        {
            return false;
        }

        if (action == VisitorAction.Skip)
        {
            return true;
        }

        ancestors.Add(node);
        foreach (var child in Children(node))
        {
            if (!VisitNode(child, visitor, ancestors))
            {
                return false;
            }
        }

        ancestors.RemoveAt(ancestors.Count - 1);
        return visitor.Leave(node, ancestors) != VisitorAction.Break;
    }
}

/// <summary>
/// Runs several visitors in one traversal, as graphql-js's <c>visitInParallel</c>: a visitor that
/// skips a node or breaks stops receiving that subtree or the rest, without affecting the others.
/// </summary>
public sealed class ParallelVisitor : IAstVisitor
{
    private readonly IReadOnlyList<IAstVisitor> _visitors;
    private readonly Node?[] _skipping;
    private readonly bool[] _broken;

    /// <summary>Combines <paramref name="visitors"/>; each is called in list order.</summary>
    public ParallelVisitor(IReadOnlyList<IAstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = visitors;
        _skipping = new Node?[visitors.Count];
        _broken = new bool[visitors.Count];
    }

    /// <inheritdoc />
    public VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
    {
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_broken[i] || _skipping[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node, ancestors))
            {
                case VisitorAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitorAction.Break:
                    _broken[i] = true;
                    break;
            }
        }

        return VisitorAction.Continue;
    }

    /// <inheritdoc />
    public VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
    {
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_broken[i])
            {
                continue;
            }

            if (_skipping[i] is not null)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                }

                continue;
            }

            if (_visitors[i].Leave(node, ancestors) == VisitorAction.Break)
            {
                _broken[i] = true;
            }
        }

        return VisitorAction.Continue;
    }
}
