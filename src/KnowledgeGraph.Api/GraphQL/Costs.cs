using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// How the engine's cost model counts the fields whose work or size their arguments bound. The
/// weights of the traversals are measured, not guessed: on the seed, one unit of cost is about
/// what resolving one plain field takes, and a traversal's weight is what one of its steps takes
/// in those units. The README's cost table lists what each documented question costs.
/// </summary>
internal static class Costs
{
    /// <summary>A page of a connection: <c>first</c> edges.</summary>
    public static readonly FieldCost Connection = new() { SizeArguments = ["first"], SizedFields = ["edges"] };

    /// <summary>An entity's relationships: <c>first</c> of them.</summary>
    public static readonly FieldCost EntityRelationships = new() { SizeArguments = ["first"] };

    /// <summary>Search hits: <c>first</c> of them.</summary>
    public static readonly FieldCost Search = new() { SizeArguments = ["first"] };

    /// <summary>Each path found is a walk of up to <c>maxHops</c> steps; <c>first</c> paths.</summary>
    public static readonly FieldCost Paths = new() { Weight = PathStep, WorkArguments = ["maxHops"], SizeArguments = ["first"] };

    /// <summary>
    /// Each partner is reached by a walk of up to <c>maxHops</c> steps. Nothing but the data bounds
    /// how many there are: a city and a district with dense ties have a few dozen.
    /// </summary>
    public static readonly FieldCost Partners = new() { Weight = PartnerStep, WorkArguments = ["maxHops"], AssumedSize = AssumedPartners };

    /// <summary>
    /// A breadth-first walk <c>depth</c> levels deep that reads up to <c>limit</c> relationships,
    /// selected or not; <c>limit</c> bounds the nodes and relationships returned.
    /// </summary>
    public static readonly FieldCost Subgraph = new() { WorkArguments = ["depth", "limit"], SizeArguments = ["limit"], SizedFields = ["nodes", "relationships"] };

    /// <summary>Every source ingested: nothing but the data bounds them.</summary>
    public static readonly FieldCost Sources = new() { AssumedSize = AssumedSources };

    private const int PathStep = 10;
    private const int PartnerStep = 10;
    private const int AssumedPartners = 50;
    private const int AssumedSources = 1000;
}
