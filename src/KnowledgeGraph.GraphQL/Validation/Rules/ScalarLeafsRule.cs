using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections (spec section 5.3.3, <c>#sec-Leaf-Field-Selections</c>): "Field selections
/// on scalars or enums are never allowed, because they are the leaf nodes of any GraphQL operation."
/// and "Conversely the leaf field selections of GraphQL operations must be of type scalar or enum."
/// </summary>
internal sealed class ScalarLeafsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not FieldNode field || context.TypeInfo.Type is not { } type)
            {
                return VisitorAction.Continue;
            }

            var fieldName = field.Name.Value;
            if (type.NamedType().IsLeafType())
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    field);
            }
            else if (field.SelectionSet.Selections.Count == 0)
            {
                context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field);
            }

            return VisitorAction.Continue;
        }
    }
}
