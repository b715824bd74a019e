namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Not a spec rule: a field's cost descriptor must name what the field has, so that the cost model never guesses.</summary>
internal static partial class SchemaValidator
{
    private static void ValidateCost(string coordinate, GraphQLField field, FieldCost cost, List<string> errors)
    {
        if (cost.Weight < 1)
        {
            errors.Add($"The cost weight of {coordinate} is {cost.Weight}; it must be at least 1.");
        }

        if (cost.AssumedSize < 0)
        {
            errors.Add($"The assumed size of {coordinate} is {cost.AssumedSize}; it must not be negative.");
        }

        foreach (var name in cost.WorkArguments.Concat(cost.SizeArguments))
        {
            if (field.Argument(name) is not { } argument)
            {
                errors.Add($"The cost of {coordinate} names the argument \"{name}\", which the field does not have.");
            }
            else if (!ReferenceEquals(argument.Type.NamedType(), SpecifiedScalars.Int) || argument.Type.Nullable() is GraphQLList)
            {
                errors.Add($"The cost of {coordinate} counts by the argument \"{name}\", which must be of type Int, not {argument.Type}.");
            }
        }

        var bounded = cost.SizeArguments.Count > 0 || cost.AssumedSize is not null;
        if (cost.SizedFields.Count > 0)
        {
            ValidateSizedFields(coordinate, field, cost, bounded, errors);
        }
        else if (bounded && field.Type.Nullable() is not GraphQLList)
        {
            errors.Add($"The cost of {coordinate} bounds the size of a list, but the field returns {field.Type}; name the sized list fields of its type.");
        }
    }

    private static void ValidateSizedFields(string coordinate, GraphQLField field, FieldCost cost, bool bounded, List<string> errors)
    {
        if (!bounded)
        {
            errors.Add($"The cost of {coordinate} names sized fields but neither size arguments nor an assumed size to give them.");
        }

        var type = field.Type.NamedType() as GraphQLFieldsType;
        foreach (var name in cost.SizedFields)
        {
            var sized = type?.Field(name);
            if (sized is null)
            {
                errors.Add($"The cost of {coordinate} sizes the field \"{name}\", which {field.Type.NamedType()} does not have.");
            }
            else if (sized.Type.Nullable() is not GraphQLList)
            {
                errors.Add($"The cost of {coordinate} sizes {field.Type.NamedType()}.{name}, which returns {sized.Type}, not a list.");
            }
        }
    }
}
