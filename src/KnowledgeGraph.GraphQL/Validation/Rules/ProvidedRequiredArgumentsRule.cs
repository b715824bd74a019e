using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments (spec section 5.4.2.1, <c>#sec-Required-Arguments</c>): "Arguments can be
/// required. An argument is required if the argument type is non-null and does not have a default
/// value. Otherwise, the argument is optional." Checked for fields and directives on leaving them.
/// </summary>
internal sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyList<(string Name, string Type)>> _requiredDirectiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _requiredDirectiveArguments[directive.Name] = directive.Arguments
                    .Where(argument => argument.IsRequired())
                    .Select(argument => (argument.Name, argument.Type.ToString()))
                    .ToList();
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _requiredDirectiveArguments[definition.Name.Value] = definition.Arguments
                    .Where(argument => argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    .Select(argument => (argument.Name.Value, Printer.Print(argument.Type)))
                    .ToList();
            }
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case FieldNode field when _context.TypeInfo.FieldDefinition is { } definition:
                    foreach (var argument in definition.Arguments.Where(argument => argument.IsRequired() && !IsProvided(field.Arguments, argument.Name)))
                    {
                        _context.ReportError(
                            $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            field);
                    }

                    break;
                case DirectiveNode directive when _requiredDirectiveArguments.TryGetValue(directive.Name.Value, out var required):
                    foreach (var (name, type) in required.Where(argument => !IsProvided(directive.Arguments, argument.Name)))
                    {
                        _context.ReportError(
                            $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                            directive);
                    }

                    break;
            }

            return VisitorAction.Continue;
        }

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name) =>
            arguments.Any(argument => argument.Name.Value == name);
    }
}
