namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The kinds of AST nodes, named as graphql-js's Kind enumeration.</summary>
public enum NodeKind
{
    /// <summary>A name.</summary>
    Name,
    /// <summary>A document.</summary>
    Document,
    /// <summary>An operation definition.</summary>
    OperationDefinition,
    /// <summary>A variable definition.</summary>
    VariableDefinition,
    /// <summary>A selection set.</summary>
    SelectionSet,
    /// <summary>A field selection.</summary>
    Field,
    /// <summary>An argument.</summary>
    Argument,
    /// <summary>A fragment spread.</summary>
    FragmentSpread,
    /// <summary>An inline fragment.</summary>
    InlineFragment,
    /// <summary>A fragment definition.</summary>
    FragmentDefinition,
    /// <summary>A variable.</summary>
    Variable,
    /// <summary>An integer value.</summary>
    IntValue,
    /// <summary>A float value.</summary>
    FloatValue,
    /// <summary>A string value.</summary>
    StringValue,
    /// <summary>A boolean value.</summary>
    BooleanValue,
    /// <summary>The null value.</summary>
    NullValue,
    /// <summary>An enum value.</summary>
    EnumValue,
    /// <summary>A list value.</summary>
    ListValue,
    /// <summary>An input object value.</summary>
    ObjectValue,
    /// <summary>A field of an input object value.</summary>
    ObjectField,
    /// <summary>A directive.</summary>
    Directive,
    /// <summary>A named type reference.</summary>
    NamedType,
    /// <summary>A list type reference.</summary>
    ListType,
    /// <summary>A non-null type reference.</summary>
    NonNullType,
    /// <summary>A schema definition.</summary>
    SchemaDefinition,
    /// <summary>A root operation type definition.</summary>
    OperationTypeDefinition,
    /// <summary>A scalar type definition.</summary>
    ScalarTypeDefinition,
    /// <summary>An object type definition.</summary>
    ObjectTypeDefinition,
    /// <summary>A field definition.</summary>
    FieldDefinition,
    /// <summary>An argument or input field definition.</summary>
    InputValueDefinition,
    /// <summary>An interface type definition.</summary>
    InterfaceTypeDefinition,
    /// <summary>A union type definition.</summary>
    UnionTypeDefinition,
    /// <summary>An enum type definition.</summary>
    EnumTypeDefinition,
    /// <summary>An enum value definition.</summary>
    EnumValueDefinition,
    /// <summary>An input object type definition.</summary>
    InputObjectTypeDefinition,
    /// <summary>A directive definition.</summary>
    DirectiveDefinition,
    /// <summary>A schema extension.</summary>
    SchemaExtension,
    /// <summary>A scalar type extension.</summary>
    ScalarTypeExtension,
    /// <summary>An object type extension.</summary>
    ObjectTypeExtension,
    /// <summary>An interface type extension.</summary>
    InterfaceTypeExtension,
    /// <summary>A union type extension.</summary>
    UnionTypeExtension,
    /// <summary>An enum type extension.</summary>
    EnumTypeExtension,
    /// <summary>An input object type extension.</summary>
    InputObjectTypeExtension,
}
