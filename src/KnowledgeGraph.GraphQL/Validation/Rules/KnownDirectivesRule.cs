using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined (spec section 5.7.1, <c>#sec-Directives-Are-Defined</c>): "For each usage
/// of a directive, the directive must be available on that service." And Directives Are In Valid
/// Locations (spec section 5.7.2, <c>#sec-Directives-Are-In-Valid-Locations</c>): "For each usage of
/// a directive, the directive must be used in a location that the service has declared support for."
/// </summary>
internal sealed class KnownDirectivesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyList<string>> _locations = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _locations[directive.Name] = directive.Locations.Select(location => location.SpecName()).ToList();
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _locations[definition.Name.Value] = definition.Locations.Select(location => location.Value).ToList();
            }
        }

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not DirectiveNode directive)
            {
                return VisitorAction.Continue;
            }

            var name = directive.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                _context.ReportError($"Unknown directive \"@{name}\".", directive);
            }
            else if (LocationOf(ancestors) is { } location && !locations.Contains(location, StringComparer.Ordinal))
            {
                _context.ReportError($"Directive \"@{name}\" may not be used on {location}.", directive);
            }

            return VisitorAction.Continue;
        }

        /// <summary>The directive location of the node the directive is applied to (the directive's parent).</summary>
        private static string? LocationOf(IReadOnlyList<Node> ancestors) => ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => ancestors[^2] is InputObjectTypeDefinitionNode ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION",
            _ => null,
        };
    }
}
