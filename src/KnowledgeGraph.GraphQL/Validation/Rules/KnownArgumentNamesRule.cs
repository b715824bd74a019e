using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names (spec section 5.4.1, <c>#sec-Argument-Names</c>): "Every argument provided to a
/// field or directive must be defined in the set of possible arguments of that field or directive."
/// </summary>
internal sealed class KnownArgumentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyList<string>> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _directiveArguments[directive.Name] = directive.Arguments.Select(argument => argument.Name).ToList();
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _directiveArguments[definition.Name.Value] = definition.Arguments.Select(argument => argument.Name.Value).ToList();
            }
        }

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    CheckDirective(directive);

                    // A directive's arguments are checked here, not as field arguments.
                    return VisitorAction.Skip;
                case ArgumentNode argument when _context.TypeInfo.Argument is null
                    && _context.TypeInfo.FieldDefinition is { } field
                    && _context.TypeInfo.ParentType is { } parentType:
                    var suggestions = Suggestions.List(argument.Name.Value, field.Arguments.Select(definition => definition.Name));
                    _context.ReportError(
                        $"Unknown argument \"{argument.Name.Value}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions),
                        argument);
                    break;
            }

            return VisitorAction.Continue;
        }

        private void CheckDirective(DirectiveNode directive)
        {
            var name = directive.Name.Value;
            if (!_directiveArguments.TryGetValue(name, out var known))
            {
                return;
            }

            foreach (var argument in directive.Arguments.Where(argument => !known.Contains(argument.Name.Value, StringComparer.Ordinal)))
            {
                var suggestions = Suggestions.List(argument.Name.Value, known);
                _context.ReportError($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions), argument);
            }
        }
    }
}
