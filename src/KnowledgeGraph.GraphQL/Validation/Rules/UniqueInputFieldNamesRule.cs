using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness (spec section 5.6.3, <c>#sec-Input-Object-Field-Uniqueness</c>):
/// "Input objects must not contain more than one field of the same name, otherwise an ambiguity
/// would exist which includes an ignored portion of syntax."
/// </summary>
internal sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _enclosing = new();
        private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case ObjectValueNode:
                    _enclosing.Push(_known);
                    _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                    break;
                case ObjectFieldNode field:
                    if (_known.TryGetValue(field.Name.Value, out var first))
                    {
                        context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                    }
                    else
                    {
                        _known[field.Name.Value] = field.Name;
                    }

                    break;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is ObjectValueNode)
            {
                _known = _enclosing.Pop();
            }

            return VisitorAction.Continue;
        }
    }
}
