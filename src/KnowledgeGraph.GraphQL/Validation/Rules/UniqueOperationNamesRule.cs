using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Operation Name Uniqueness (spec section 5.2.1.1, <c>#sec-Operation-Name-Uniqueness</c>): "Each
/// named operation definition must be unique within a document when referred to by its name."
/// </summary>
internal sealed class UniqueOperationNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode { Name: { } name }:
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }

                    return VisitorAction.Skip;
                case ExecutableDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
