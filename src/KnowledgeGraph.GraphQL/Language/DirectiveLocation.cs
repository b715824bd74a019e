namespace KnowledgeGraph.GraphQL.Language;

/// <summary>DirectiveLocation :: ExecutableDirectiveLocation | TypeSystemDirectiveLocation (spec section 3.13)</summary>
public enum DirectiveLocation
{
    /// <summary><c>QUERY</c></summary>
    Query,
    /// <summary><c>MUTATION</c></summary>
    Mutation,
    /// <summary><c>SUBSCRIPTION</c></summary>
    Subscription,
    /// <summary><c>FIELD</c></summary>
    Field,
    /// <summary><c>FRAGMENT_DEFINITION</c></summary>
    FragmentDefinition,
    /// <summary><c>FRAGMENT_SPREAD</c></summary>
    FragmentSpread,
    /// <summary><c>INLINE_FRAGMENT</c></summary>
    InlineFragment,
    /// <summary><c>VARIABLE_DEFINITION</c></summary>
    VariableDefinition,
    /// <summary><c>SCHEMA</c></summary>
    Schema,
    /// <summary><c>SCALAR</c></summary>
    Scalar,
    /// <summary><c>OBJECT</c></summary>
    Object,
    /// <summary><c>FIELD_DEFINITION</c></summary>
    FieldDefinition,
    /// <summary><c>ARGUMENT_DEFINITION</c></summary>
    ArgumentDefinition,
    /// <summary><c>INTERFACE</c></summary>
    Interface,
    /// <summary><c>UNION</c></summary>
    Union,
    /// <summary><c>ENUM</c></summary>
    Enum,
    /// <summary><c>ENUM_VALUE</c></summary>
    EnumValue,
    /// <summary><c>INPUT_OBJECT</c></summary>
    InputObject,
    /// <summary><c>INPUT_FIELD_DEFINITION</c></summary>
    InputFieldDefinition,
}

/// <summary>The spec spelling of directive locations (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocations
{
    private static readonly Dictionary<string, DirectiveLocation> ByName =
        Enum.GetValues<DirectiveLocation>().ToDictionary(SpecName, location => location, StringComparer.Ordinal);

    /// <summary>The spec name of a location, such as <c>INLINE_FRAGMENT</c>.</summary>
    public static string SpecName(this DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown directive location."),
    };

    /// <summary>Finds the location spelled <paramref name="name"/> in the spec.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);
}
