using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique Per Location (spec section 5.7.3, <c>#sec-Directives-Are-Unique-Per-Location</c>):
/// "When more than one directive of the same name is used, the expected metadata or behavior becomes
/// ambiguous, therefore only one of each non-repeatable directive is allowed per location."
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _isUnique = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _isUnique[directive.Name] = !directive.IsRepeatable;
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _isUnique[definition.Name.Value] = !definition.Repeatable;
            }
        }

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not IHasDirectives { Directives.Count: > 0 } located)
            {
                return VisitorAction.Continue;
            }

            var seen = SeenAt(node);
            foreach (var directive in located.Directives.Where(directive => _isUnique.GetValueOrDefault(directive.Name.Value)))
            {
                if (seen.TryGetValue(directive.Name.Value, out var first))
                {
                    _context.ReportError($"The directive \"@{directive.Name.Value}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[directive.Name.Value] = directive;
                }
            }

            return VisitorAction.Continue;
        }

        /// <summary>A schema and its extensions share one location, as do a type and its extensions.</summary>
        private Dictionary<string, DirectiveNode> SeenAt(Node node)
        {
            var typeName = node switch
            {
                TypeDefinitionNode type => type.Name.Value,
                TypeExtensionNode extension => extension.Name.Value,
                _ => null,
            };
            if (typeName is not null)
            {
                if (!_typeDirectives.TryGetValue(typeName, out var seen))
                {
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    _typeDirectives[typeName] = seen;
                }

                return seen;
            }

            return node is SchemaDefinitionNode or SchemaExtensionNode
                ? _schemaDirectives
                : new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }
    }
}
