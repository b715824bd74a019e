using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (spec section 5.5.1.2, <c>#sec-Fragment-Spread-Type-Existence</c>):
/// "Fragments must be specified on types that exist in the schema. This applies for both named and
/// inline fragments." As in graphql-js, every type named in the document must exist, variable
/// types included; types defined in the document itself count as known.
/// </summary>
internal sealed class KnownTypeNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly HashSet<string> _definedTypes;
        private readonly List<string> _typeNames;

        public Visitor(ValidationContext context)
        {
            _context = context;
            var defined = context.Document.Definitions.OfType<TypeDefinitionNode>().Select(type => type.Name.Value).Distinct(StringComparer.Ordinal).ToList();
            _definedTypes = [.. defined];
            _typeNames = [.. context.Schema.TypeMap.Keys, .. defined];
        }

        private static IEnumerable<string> StandardTypeNames =>
            SpecifiedScalars.All.Select(scalar => scalar.Name).Concat(Introspection.Types.Select(type => type.Name));

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not NamedTypeNode namedType)
            {
                return VisitorAction.Continue;
            }

            var typeName = namedType.Name.Value;
            if (_context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName))
            {
                return VisitorAction.Continue;
            }

            // The definition holding the reference: the document's child on the path to this node.
            var definition = ancestors.Count > 1 ? ancestors[1] : ancestors[^1];
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName, StringComparer.Ordinal))
            {
                return VisitorAction.Continue;
            }

            var suggestions = Suggestions.List(typeName, isSdl ? StandardTypeNames.Concat(_typeNames) : _typeNames);
            _context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), namedType);
            return VisitorAction.Continue;
        }
    }
}
