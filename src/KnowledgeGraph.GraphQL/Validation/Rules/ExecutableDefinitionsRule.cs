using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions (spec section 5.1.1, <c>#sec-Executable-Definitions</c>): "GraphQL
/// execution will only consider the executable definitions Operation and Fragment. Type system
/// definitions and extensions are not executable, and are not considered during execution."
/// </summary>
internal sealed class ExecutableDefinitionsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not DocumentNode document)
            {
                return VisitorAction.Continue;
            }

            foreach (var definition in document.Definitions.Where(definition => definition is not ExecutableDefinitionNode))
            {
                context.ReportError($"The {DefinitionName(definition)} definition is not executable.", definition);
            }

            return VisitorAction.Skip;
        }

        private static string DefinitionName(DefinitionNode definition) => definition switch
        {
            TypeDefinitionNode type => $"\"{type.Name.Value}\"",
            TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
            DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
            _ => "schema",
        };
    }
}
