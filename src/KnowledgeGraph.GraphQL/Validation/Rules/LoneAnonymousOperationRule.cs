using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation (spec section 5.2.2.1, <c>#sec-Lone-Anonymous-Operation</c>): "GraphQL
/// allows a short-hand form for defining query operations when only that one operation exists in
/// the document."
/// </summary>
internal sealed class LoneAnonymousOperationRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private int _operationCount;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operationCount = document.Definitions.Count(definition => definition is OperationDefinitionNode);
                    break;
                case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                    context.ReportError("This anonymous operation must be the only defined operation.", operation);
                    break;
            }

            return VisitorAction.Continue;
        }
    }
}
