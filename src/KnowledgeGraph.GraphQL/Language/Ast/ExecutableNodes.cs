namespace KnowledgeGraph.GraphQL.Language;

/// <summary>OperationType :: one of query mutation subscription</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,
    /// <summary>A write followed by a fetch.</summary>
    Mutation,
    /// <summary>A long-lived request that fetches data in response to source events.</summary>
    Subscription,
}

/// <summary>The keyword spelling of operation types.</summary>
public static class OperationTypeExtensions
{
    /// <summary>The keyword: <c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public static string Keyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };
}

/// <summary>OperationDefinition :: OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location = null) : ExecutableDefinitionNode(Directives, SelectionSet, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationDefinition;
}

/// <summary>VariableDefinition :: Variable : Type DefaultValue? Directives[Const]?</summary>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : Node(Location), IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.VariableDefinition;
}

/// <summary>SelectionSet :: { Selection+ }</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections, Location? Location = null) : Node(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SelectionSet;
}

/// <summary>Selection :: Field | FragmentSpread | InlineFragment</summary>
public abstract record SelectionNode(IReadOnlyList<DirectiveNode> Directives, Location? Location) : Node(Location), IHasDirectives;

/// <summary>Field :: Alias? Name Arguments? Directives? SelectionSet?</summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet,
    Location? Location = null) : SelectionNode(Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The response key: the alias if present, else the field name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}

/// <summary>Argument :: Name : Value</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value, Location? Location = null) : Node(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Argument;
}

/// <summary>FragmentSpread :: ... FragmentName Directives?</summary>
public sealed record FragmentSpreadNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : SelectionNode(Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;
}

/// <summary>InlineFragment :: ... TypeCondition? Directives? SelectionSet</summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location = null) : SelectionNode(Directives, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InlineFragment;
}

/// <summary>FragmentDefinition :: fragment FragmentName TypeCondition Directives? SelectionSet</summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location = null) : ExecutableDefinitionNode(Directives, SelectionSet, Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;
}

/// <summary>Directive :: @ Name Arguments?</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments, Location? Location = null) : Node(Location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Directive;
}
