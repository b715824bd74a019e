using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Not a spec rule: an operation's estimated cost may be at most <see cref="ValidationOptions.MaxCost"/>.
/// A field costs 1 plus its sub-selection's cost, times a multiplier: the integer literal given to
/// an argument named <c>first</c> or <c>limit</c> (at least 1), else the default list size for a
/// field returning a list, else 1. Fields under <c>__schema</c> and <c>__type</c> cost 1 each, with
/// no multiplier: the schema, not the data, bounds their lists.
/// </summary>
internal sealed class MaxCostRule(int maxCost, int defaultListSize) : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxCost, defaultListSize);

    private sealed class Visitor(ValidationContext context, int maxCost, int defaultListSize) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            var cost = new CostMeasure(context, defaultListSize).Measure(operation);
            if (cost > maxCost)
            {
                context.ReportError(GraphQLError.At(
                    $"{OperationMeasure.Describe(operation)} has an estimated cost of {cost}, more than the maximum of {maxCost}.",
                    operation,
                    ValidationErrorCodes.MaxCostExceeded));
            }

            return VisitorAction.Skip;
        }
    }

    private sealed class CostMeasure(ValidationContext context, int defaultListSize) : OperationMeasure(context)
    {
        protected override long MeasureField(FieldNode field, GraphQLField? definition)
        {
            if (ReferenceEquals(definition, Introspection.SchemaMetaField) || ReferenceEquals(definition, Introspection.TypeMetaField))
            {
                return new FieldCountMeasure(Context).Measure(field, definition);
            }

            return Multiply(Multiplier(field, definition), Add(1, MeasureSubSelections(field, definition)));
        }

        protected override long Combine(long total, long value) => Add(total, value);

        private long Multiplier(FieldNode field, GraphQLField? definition)
        {
            var sizeArgument = field.Arguments.FirstOrDefault(argument => argument.Name.Value is "first" or "limit");
            if (sizeArgument?.Value is IntValueNode size
                && long.TryParse(size.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
            {
                return Math.Max(1, count);
            }

            return definition?.Type.Nullable() is GraphQLList ? defaultListSize : 1;
        }
    }
}
