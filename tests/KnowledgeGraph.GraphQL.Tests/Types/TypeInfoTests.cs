using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public sealed class TypeInfoTests
{
    private sealed class Recorder(TypeInfo typeInfo) : AstVisitor
    {
        public List<string> Seen { get; } = [];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case FieldNode field:
                    Seen.Add($"{typeInfo.ParentType}.{field.Name.Value}: {typeInfo.Type}");
                    break;
                case ArgumentNode argument:
                    Seen.Add($"({argument.Name.Value}: {typeInfo.InputType})");
                    break;
                case ObjectFieldNode objectField:
                    Seen.Add($"{{{objectField.Name.Value}: {typeInfo.InputType} in {typeInfo.ParentInputType}}}");
                    break;
                case EnumValueNode:
                    Seen.Add($"enum {typeInfo.EnumValue?.Name}");
                    break;
            }

            return VisitorAction.Continue;
        }
    }

    [Fact]
    public void Type_info_follows_fields_arguments_fragments_and_input_values()
    {
        var schema = TestSchema.Create();
        var typeInfo = new TypeInfo(schema);
        var recorder = new Recorder(typeInfo);
        var document = Parser.Parse("{ entity(id: \"1\") { ... on Person { titles(since: \"2020-01-01\") } } echo(filter: {kind: PLACE}) __typename }");

        Visitor.Visit(document, new TypeInfoVisitor(typeInfo, recorder));

        recorder.Seen.Should().Equal(
            "Root.entity: Entity",
            "(id: ID!)",
            "Person.titles: [String!]!",
            "(since: Date)",
            "Root.echo: String",
            "(filter: Filter)",
            "{kind: Kind in Filter}",
            "enum PLACE",
            "Root.__typename: String!");
    }
}
