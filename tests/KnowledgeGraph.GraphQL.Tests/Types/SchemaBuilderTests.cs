using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    public static TheoryData<string, string> InvalidSchemas => new()
    {
        { "type Mutation { a: Int }", "Query root type must be provided." },
        { "type Query { a: Missing }", "Unknown type \"Missing\" referenced by Query.a." },
        { "type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\"." },
        { "type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type Query { a: In }  input In { x: Int }", "The type of Query.a must be Output Type but got: In." },
        { "type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query." },
        { "type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated." },
        { "type Query implements I { a: Int } interface I { b: Int }", "Interface field I.b expected but Query does not provide it." },
        { "type Query implements I { a: String } interface I { a: Int }", "Interface field I.a expects type Int but Query.a is type String." },
        { "type Query implements I { a(x: String): Int } interface I { a(x: Int): Int }", "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String." },
        { "type Query implements I { a(y: Int!): Int } interface I { a: Int }", "Object field Query.a includes required argument y that is missing from the Interface field I.a." },
        { "type Query implements J { a: Int } interface I { a: Int } interface J implements I { a: Int }", "Type Query must implement I because it is implemented by J." },
        { "type Query implements Query { a: Int }", "Type Query must only implement Interface types, it cannot implement Query." },
        { "type Query { a: U } union U = Query | E  enum E { X }", "Union type U can only include Object types, it cannot include E." },
        { "type Query { a: U } union U", "Union type U must define one or more member types." },
        { "type Query { a(i: I): Int } input I { self: I! }", "Cannot reference Input Object \"I\" within itself through a series of non-null fields: \"self\"." },
        { "type Query { a(i: Int = \"x\"): Int }", "Default value \"x\" of Query.a(i:) is not a valid Int." },
        { "type Query", "Type Query must define one or more fields." },
        { "extend type Other { a: Int } type Query { a: Int }", "Cannot extend type \"Other\" because it is not defined." },
        { "schema { query: Q } type Query { a: Int }", "Query root type \"Q\" is not defined." },
    };

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void An_invalid_schema_is_rejected_with_a_clear_error(string sdl, string error)
    {
        var build = () => new SchemaBuilder().AddSdl(sdl).Build();

        build.Should().Throw<SchemaBuildException>().Which.Errors.Should().Contain(error);
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var build = () => new SchemaBuilder().AddSdl("type Query { a: A b: B }").Build();

        build.Should().Throw<SchemaBuildException>().Which.Errors.Should().Equal(
            "Unknown type \"A\" referenced by Query.a.", "Unknown type \"B\" referenced by Query.b.");
    }

    [Fact]
    public void A_resolver_for_a_field_that_does_not_exist_is_an_error()
    {
        var build = () => new SchemaBuilder().AddSdl("type Query { a: Int }").Resolve("Query", "b", _ => 1).Build();

        build.Should().Throw<SchemaBuildException>().Which.Errors.Should().Contain("Cannot bind a resolver to Query.b: the type has no such field.");
    }

    [Fact]
    public void A_code_first_default_that_does_not_fit_its_type_is_an_error()
    {
        var build = () => new SchemaBuilder()
            .Object("Query", type => type.Field("a", "Int", field => field.Argument("x", "Int", a => a.DefaultValue("ten"))))
            .Build();

        build.Should().Throw<SchemaBuildException>().Which.Errors.Should().Contain(
            "Default value of Query.a(x:) is invalid: Int cannot represent non-integer value: \"ten\"");
    }

    [Fact]
    public void Extensions_add_fields_interfaces_members_and_values()
    {
        var schema = new SchemaBuilder()
            .AddSdl("""
                type Query { a: Int }
                extend type Query implements Named { name: String }
                interface Named { name: String }
                enum E { A }
                extend enum E { B }
                """)
            .Build();

        var query = schema.QueryType!;
        query.Fields.Keys.Should().Equal("a", "name");
        query.Interfaces.Select(iface => iface.Name).Should().Equal("Named");
        ((GraphQLEnumType)schema.GetType("E")!).Values.Select(value => value.Name).Should().Equal("A", "B");
    }

    [Fact]
    public void Possible_types_and_sub_types_follow_interfaces_and_unions()
    {
        var schema = TestSchema.Create();
        var entity = schema.GetType("Entity")!;
        var located = schema.GetType("Located")!;
        var person = schema.GetType("Person")!;

        schema.GetPossibleTypes(entity).Select(type => type.Name).Should().Equal("Person", "Place");
        schema.IsSubType(entity, located).Should().BeTrue();
        TypeComparators.DoTypesOverlap(schema, located, schema.GetType("SearchResult")!).Should().BeTrue();
        TypeComparators.IsTypeSubTypeOf(schema, new GraphQLNonNull(person), entity).Should().BeTrue();
        TypeComparators.IsTypeSubTypeOf(schema, entity, person).Should().BeFalse();
    }
}
