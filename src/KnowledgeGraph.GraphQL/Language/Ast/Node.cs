namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Where a node was parsed from: UTF-16 offsets into its <see cref="Source"/>.</summary>
/// <param name="Start">Offset of the node's first token.</param>
/// <param name="End">Offset just past the node's last token.</param>
/// <param name="Source">The source the offsets refer to.</param>
public readonly record struct Location(int Start, int End, Source Source)
{
    /// <summary>The 1-based line and column of <see cref="Start"/>.</summary>
    public SourceLocation StartLocation => Source.GetLocation(Start);
}

/// <summary>
/// The base of every AST node. Nodes are immutable; <see cref="Location"/> is null for nodes
/// built in code rather than parsed.
/// </summary>
public abstract record Node(Location? Location)
{
    /// <summary>The kind of node, mirroring graphql-js's Kind.</summary>
    public abstract NodeKind Kind { get; }
}

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to this node, in document order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>Name :: NameStart NameContinue*</summary>
public sealed record NameNode(string Value, Location? Location = null) : Node(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Name;

    /// <summary>Creates a name node without location.</summary>
    public static implicit operator NameNode(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Document :: Definition+</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions, Location? Location = null) : Node(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Document;
}

/// <summary>Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension</summary>
public abstract record DefinitionNode(Location? Location) : Node(Location);

/// <summary>ExecutableDefinition :: OperationDefinition | FragmentDefinition</summary>
public abstract record ExecutableDefinitionNode(
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location) : DefinitionNode(Location), IHasDirectives;
