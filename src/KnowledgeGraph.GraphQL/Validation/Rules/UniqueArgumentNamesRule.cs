using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness (spec section 5.4.2, <c>#sec-Argument-Uniqueness</c>): "Fields and directives
/// treat arguments as a mapping of argument name to value. More than one argument with the same name
/// in an argument set is ambiguous and invalid."
/// </summary>
internal sealed class UniqueArgumentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => [],
            };
            foreach (var group in arguments.GroupBy(argument => argument.Name.Value, StringComparer.Ordinal).Where(group => group.Count() > 1))
            {
                context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(argument => argument.Name));
            }

            return VisitorAction.Continue;
        }
    }
}
