using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (spec section 5.6.1, <c>#sec-Values-of-Correct-Type</c>): "Literal values
/// must be compatible with the type expected in the position they are found as per the coercion
/// rules defined in the Type System chapter." Also covers Input Object Field Names (5.6.2,
/// <c>#sec-Input-Object-Field-Names</c>): "Every input field provided in an input object value must
/// be defined in the set of possible fields of that input object's expected type." and Input Object
/// Required Fields (5.6.4, <c>#sec-Input-Object-Required-Fields</c>): "Input object fields may be
/// required." Scalars and enums judge their literals with their own literal parsing, so their
/// messages are the coercion messages.
/// </summary>
internal sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private TypeInfo TypeInfo => context.TypeInfo;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case ListValueNode list when TypeInfo.ParentInputType?.Nullable() is not GraphQLList:
                    CheckLeafValue(list);
                    return VisitorAction.Skip;
                case ObjectValueNode obj:
                    return CheckObject(obj);
                case ObjectFieldNode field when TypeInfo.InputType is null
                    && TypeInfo.ParentInputType?.NamedType() is GraphQLInputObjectType parentType:
                    var suggestions = Suggestions.List(field.Name.Value, parentType.Fields.Keys);
                    context.ReportError(
                        $"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                        field);
                    break;
                case NullValueNode nullValue when TypeInfo.InputType is GraphQLNonNull nonNull:
                    context.ReportError($"Expected value of type \"{nonNull}\", found null.", nullValue);
                    break;
                case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                    CheckLeafValue((ValueNode)node);
                    break;
            }

            return VisitorAction.Continue;
        }

        private VisitorAction CheckObject(ObjectValueNode obj)
        {
            if (TypeInfo.InputType?.NamedType() is not GraphQLInputObjectType type)
            {
                CheckLeafValue(obj);
                return VisitorAction.Skip;
            }

            foreach (var field in type.Fields.Values.Where(field => field.IsRequired() && !obj.Fields.Any(given => given.Name.Value == field.Name)))
            {
                context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj);
            }

            return VisitorAction.Continue;
        }

        /// <summary>Checks a literal where a scalar or enum is expected, by parsing it as that type would.</summary>
        private void CheckLeafValue(ValueNode value)
        {
            if (TypeInfo.InputType is not { } locationType)
            {
                return;
            }

            var type = locationType.NamedType();
            try
            {
                switch (type)
                {
                    case GraphQLEnumType enumType:
                        enumType.ParseLiteral(value);
                        break;
                    case GraphQLScalarType scalar:
                        scalar.ParseLiteral(value, null);
                        break;
                    default:
                        context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(value)}.", value);
                        break;
                }
            }
            catch (GraphQLException error)
            {
                context.ReportError(error.Message, value);
            }
            catch (Exception error)
            {
                // A custom scalar's parser failed without a client message: say what was expected and why it failed.
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(value)}; {error.Message}", value);
            }
        }
    }
}
