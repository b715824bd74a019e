using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>A place where a variable is used, with the input type expected there.</summary>
/// <param name="Node">The variable as written.</param>
/// <param name="Type">The input type expected at that position, or null when unknown.</param>
/// <param name="HasLocationDefaultValue">True when the argument or input field at that position has a default value.</param>
/// <param name="ParentInputType">The input type enclosing the position (a list's or an input object's), or null.</param>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefaultValue, GraphQLType? ParentInputType);
