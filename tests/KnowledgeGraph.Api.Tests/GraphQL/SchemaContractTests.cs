using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>The printed schema is the public interface: it must hold the whole contract and change only on purpose.</summary>
public sealed partial class SchemaContractTests
{
    [Fact]
    public async Task The_schema_holds_every_type_field_argument_and_default_of_the_contract_with_the_same_types()
    {
        var harness = await GraphQLHarness.SampleAsync();
        var contract = Signatures(Parser.Parse(ReadGolden("contract.graphql")));

        var ours = Signatures(Parser.Parse(SchemaPrinter.PrintSchema(harness.Schema)));

        contract.Should().HaveCountGreaterThan(80, "the contract defines that many types, fields and arguments");
        contract.Except(ours).Should().BeEmpty("every element of the contract must exist with the same type and default");
    }

    [Fact]
    public async Task The_printed_schema_without_descriptions_matches_the_reviewed_golden_file()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var printed = WithoutDescriptions(SchemaPrinter.PrintSchema(harness.Schema)) + "\n";

        printed.Should().Be(ReadGolden("schema.graphql"), "a change of the public interface must be reviewed: update Golden/schema.graphql with it");
    }

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description_for_the_playground_docs()
    {
        var harness = await GraphQLHarness.SampleAsync();
        var types = harness.Schema.TypeMap.Values.Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal) && !SpecifiedScalars.IsSpecified(type)).ToList();

        var undescribed = types.Where(type => string.IsNullOrWhiteSpace(type.Description)).Select(type => type.Name)
            .Concat(types.OfType<GraphQLFieldsType>().SelectMany(type => type.Fields.Values
                .Where(field => string.IsNullOrWhiteSpace(field.Description)).Select(field => $"{type.Name}.{field.Name}")))
            .Concat(types.OfType<GraphQLFieldsType>().SelectMany(type => type.Fields.Values.SelectMany(field => field.Arguments
                .Where(argument => string.IsNullOrWhiteSpace(argument.Description)).Select(argument => $"{type.Name}.{field.Name}({argument.Name})"))))
            .Concat(types.OfType<GraphQLEnumType>().SelectMany(type => type.Values
                .Where(value => string.IsNullOrWhiteSpace(value.Description)).Select(value => $"{type.Name}.{value.Name}")));

        undescribed.Should().BeEmpty();
    }

    [Fact]
    public async Task The_entity_type_enum_has_exactly_the_entity_types_of_the_graph_schema_with_their_descriptions()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var values = ((GraphQLEnumType)harness.Schema.GetType("EntityType")!).Values;

        values.Select(value => value.Name).Should().BeEquivalentTo(GraphSchema.Default.EntityTypes.Keys);
        values.Should().AllSatisfy(value => value.Description.Should().StartWith(GraphSchema.Default.EntityTypes[value.Name].Description));
    }

    [Fact]
    public async Task The_relation_type_enum_has_exactly_the_relationship_types_of_the_graph_schema_with_their_descriptions()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var values = ((GraphQLEnumType)harness.Schema.GetType("RelationType")!).Values;

        values.Select(value => value.Name).Should().BeEquivalentTo(GraphSchema.Default.RelationTypes.Keys);
        values.Should().AllSatisfy(value => value.Description.Should().StartWith(GraphSchema.Default.RelationTypes[value.Name].Description));
    }

    [Fact]
    public async Task Every_category_of_the_graph_schema_has_an_object_type_that_implements_entity()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var implementations = harness.Schema.TypeMap.Values.OfType<GraphQLObjectType>()
            .Where(type => type.Interfaces.Any(iface => iface.Name == "Entity"))
            .ToList();

        implementations.Should().HaveCount(GraphSchema.Default.Categories.Count);
        implementations.Should().AllSatisfy(type => type.Description.Should().StartWith(
            GraphSchema.Default.Categories.Single(category => type.Name.Equals(category.Key, StringComparison.OrdinalIgnoreCase)).Value));
    }

    /// <summary>One line per scalar, enum value, field and argument: its owner, name, type and default.</summary>
    private static HashSet<string> Signatures(DocumentNode document)
    {
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ScalarTypeDefinitionNode scalar:
                    signatures.Add($"scalar {scalar.Name.Value}");
                    break;
                case EnumTypeDefinitionNode enumType:
                    signatures.UnionWith(enumType.Values.Select(value => $"enum {enumType.Name.Value}.{value.Name.Value}"));
                    break;
                case ObjectTypeDefinitionNode obj:
                    AddFields(signatures, $"type {obj.Name.Value}", obj.Fields);
                    break;
                case InterfaceTypeDefinitionNode iface:
                    AddFields(signatures, $"interface {iface.Name.Value}", iface.Fields);
                    break;
            }
        }

        return signatures;
    }

    private static void AddFields(HashSet<string> signatures, string owner, IEnumerable<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            signatures.Add($"{owner}.{field.Name.Value}: {Printer.Print(field.Type)}");
            signatures.UnionWith(field.Arguments.Select(argument =>
                $"{owner}.{field.Name.Value}({argument.Name.Value}: {Printer.Print(argument.Type)}" +
                (argument.DefaultValue is null ? ")" : $" = {Printer.Print(argument.DefaultValue)})")));
        }
    }

    /// <summary>The SDL with its block-string descriptions dropped: names, types and defaults only, short enough to review.</summary>
    private static string WithoutDescriptions(string sdl) =>
        BlankLinesInBlocks().Replace(Descriptions().Replace(sdl, string.Empty), "\n");

    private static string ReadGolden(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GraphQL", "Golden", name)).ReplaceLineEndings("\n");

    [GeneratedRegex("^ *\"\"\"(?:.|\n)*?\"\"\"\n", RegexOptions.Multiline)]
    private static partial Regex Descriptions();

    [GeneratedRegex("\n\n(?=  )")]
    private static partial Regex BlankLinesInBlocks();
}
