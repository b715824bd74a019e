using KnowledgeGraph.GraphQL.Validation.Rules;
using KnowledgeGraph.GraphQL.Validation.Rules.Custom;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>The rules <see cref="DocumentValidator"/> runs by default.</summary>
public static class SpecifiedRules
{
    /// <summary>
    /// The rules of spec section 5, in graphql-js's order. The order is deliberate: the rules run
    /// side by side in one traversal, so it decides the order of errors reported at the same node.
    /// </summary>
    public static IReadOnlyList<IValidationRule> Spec { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
    ];

    /// <summary>
    /// Rules outside the spec that graphql-js 16 runs by default (its <c>recommendedRules</c>):
    /// the cap on nested introspection lists.
    /// </summary>
    public static IReadOnlyList<IValidationRule> Recommended { get; } = [new MaxIntrospectionDepthRule()];

    /// <summary><see cref="Spec"/> then <see cref="Recommended"/>: graphql-js's <c>specifiedRules</c>.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } = [.. Spec, .. Recommended];
}
