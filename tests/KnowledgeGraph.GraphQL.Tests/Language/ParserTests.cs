using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Theory]
    [InlineData("kitchen-sink-query")]
    [InlineData("kitchen-sink-schema")]
    public void The_kitchen_sink_documents_print_as_the_reference_printer_prints_them(string name)
    {
        var source = Golden.Read($"Language/Golden/{name}.graphql");
        var expected = Golden.Read($"Language/Golden/{name}.printed.graphql");

        var printed = Printer.Print(Parser.Parse(source));

        printed.Should().Be(expected);
    }

    [Theory]
    [InlineData("kitchen-sink-query")]
    [InlineData("kitchen-sink-schema")]
    public void Printing_a_printed_document_again_changes_nothing(string name)
    {
        var printed = Golden.Read($"Language/Golden/{name}.printed.graphql");

        var reprinted = Printer.Print(Parser.Parse(printed));

        reprinted.Should().Be(printed);
    }

    [Fact]
    public void A_field_carries_its_alias_arguments_directives_and_location()
    {
        const string text = "{\n  hero: entity(ref: \"wujin\", depth: 2) @skip(if: $no) { id }\n}";

        var document = Parser.Parse(text);

        var operation = document.Definitions.Should().ContainSingle().Which.Should().BeOfType<OperationDefinitionNode>().Which;
        operation.Operation.Should().Be(OperationType.Query);
        var field = operation.SelectionSet.Selections.Should().ContainSingle().Which.Should().BeOfType<FieldNode>().Which;
        field.ResponseKey.Should().Be("hero");
        field.Name.Value.Should().Be("entity");
        field.Arguments.Select(argument => argument.Name.Value).Should().Equal("ref", "depth");
        field.Arguments[1].Value.Should().BeOfType<IntValueNode>().Which.Value.Should().Be("2");
        field.Directives.Should().ContainSingle().Which.Arguments[0].Value.Should().BeOfType<VariableNode>();
        field.Location!.Value.StartLocation.Should().Be(new SourceLocation(2, 3));
        text[field.Location.Value.Start..field.Location.Value.End].Should().Be("hero: entity(ref: \"wujin\", depth: 2) @skip(if: $no) { id }");
    }

    [Fact]
    public void Variable_definitions_keep_their_type_default_value_and_directives()
    {
        var document = Parser.Parse("query Q($ids: [ID!]! = [\"a\"] @tag) { a }");

        var variable = ((OperationDefinitionNode)document.Definitions[0]).VariableDefinitions.Should().ContainSingle().Which;
        variable.Variable.Name.Value.Should().Be("ids");
        Printer.Print(variable.Type).Should().Be("[ID!]!");
        variable.DefaultValue.Should().BeOfType<ListValueNode>();
        variable.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("tag");
    }

    [Fact]
    public void Type_system_definitions_keep_descriptions_interfaces_and_repeatable()
    {
        var document = Parser.Parse(Golden.Read("Language/Golden/kitchen-sink-schema.graphql"));

        var versioned = document.Definitions.OfType<InterfaceTypeDefinitionNode>().Single(node => node.Name.Value == "Versioned");
        versioned.Interfaces.Select(type => type.Name.Value).Should().Equal("Node");
        var cached = document.Definitions.OfType<DirectiveDefinitionNode>().Single(node => node.Name.Value == "cached");
        cached.Repeatable.Should().BeTrue();
        cached.Description!.Block.Should().BeTrue();
        cached.Locations.Select(location => location.Value).Should().Equal("OBJECT", "FIELD_DEFINITION");
        document.Definitions.OfType<TypeExtensionNode>().Should().HaveCount(11);
    }

    [Theory]
    [InlineData("[1, 2.5, \"x\", true, null, ENUM, {a: $v}]", "[1, 2.5, \"x\", true, null, ENUM, {a: $v}]")]
    [InlineData("  {nested: {list: []}}  ", "{nested: {list: []}}")]
    public void Values_parse_on_their_own(string text, string printed)
    {
        var value = Parser.ParseValue(text);

        Printer.Print(value).Should().Be(printed);
    }

    [Fact]
    public void Constant_values_reject_variables()
    {
        var parse = () => Parser.ParseConstValue("[$v]");

        parse.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Unexpected variable \"$v\" in constant value.");
    }

    [Theory]
    [InlineData("String", "String")]
    [InlineData("[ String ! ] !", "[String!]!")]
    [InlineData("[[Int]]", "[[Int]]")]
    public void Type_references_parse_on_their_own(string text, string printed)
    {
        var type = Parser.ParseType(text);

        Printer.Print(type).Should().Be(printed);
    }

    [Fact]
    public void Trailing_tokens_after_a_value_are_rejected()
    {
        var parse = () => Parser.ParseValue("1 2");

        parse.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Expected <EOF>, found Int \"2\".");
    }
}
