using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public sealed class VisitorTests
{
    private sealed class Recorder(Func<Node, VisitorAction>? onEnter = null) : AstVisitor
    {
        public List<string> Events { get; } = [];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            Events.Add($"enter {Describe(node)} at {ancestors.Count}");
            return onEnter?.Invoke(node) ?? VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            Events.Add($"leave {Describe(node)}");
            return VisitorAction.Continue;
        }

        private static string Describe(Node node) => node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    [Fact]
    public void Nodes_are_entered_and_left_depth_first_in_document_order()
    {
        var document = Parser.Parse("{ a(x: 1) }");
        var recorder = new Recorder();

        Visitor.Visit(document, recorder);

        recorder.Events.Should().Equal(
            "enter Document at 0", "enter OperationDefinition at 1", "enter SelectionSet at 2", "enter Field at 3",
            "enter Name a at 4", "leave Name a", "enter Argument at 4", "enter Name x at 5", "leave Name x",
            "enter IntValue at 5", "leave IntValue", "leave Argument", "leave Field", "leave SelectionSet",
            "leave OperationDefinition", "leave Document");
    }

    [Fact]
    public void Skipping_a_node_leaves_out_its_children_and_its_leave_call()
    {
        var document = Parser.Parse("{ a { b } c }");
        var recorder = new Recorder(node => node is FieldNode { Name.Value: "a" } ? VisitorAction.Skip : VisitorAction.Continue);

        Visitor.Visit(document, recorder);

        recorder.Events.Should().NotContain(e => e.Contains("Name b", StringComparison.Ordinal));
        recorder.Events.Should().Contain("enter Name c at 4");
        recorder.Events.Count(e => e == "leave Field").Should().Be(1);
    }

    [Fact]
    public void Breaking_stops_the_traversal()
    {
        var document = Parser.Parse("{ a b c }");
        var recorder = new Recorder(node => node is FieldNode { Name.Value: "b" } ? VisitorAction.Break : VisitorAction.Continue);

        Visitor.Visit(document, recorder);

        recorder.Events.Should().EndWith("enter Field at 3");
        recorder.Events.Should().NotContain(e => e.Contains("Name c", StringComparison.Ordinal));
    }

    [Fact]
    public void Parallel_visitors_skip_independently()
    {
        var document = Parser.Parse("{ a { b } }");
        var skipping = new Recorder(node => node is FieldNode ? VisitorAction.Skip : VisitorAction.Continue);
        var seeingAll = new Recorder();

        Visitor.Visit(document, new ParallelVisitor([skipping, seeingAll]));

        skipping.Events.Should().NotContain(e => e.Contains("Name", StringComparison.Ordinal));
        seeingAll.Events.Should().Contain("enter Name b at 6");
    }

    [Fact]
    public void Every_kind_of_node_in_the_kitchen_sink_is_reached()
    {
        var kinds = new HashSet<NodeKind>();
        var document = Parser.Parse(Golden.Read("Language/Golden/kitchen-sink-query.graphql") + "\n" +
            Golden.Read("Language/Golden/kitchen-sink-schema.graphql"));

        Visitor.Visit(document, new Recorder(node =>
        {
            kinds.Add(node.Kind);
            return VisitorAction.Continue;
        }));

        kinds.Should().BeEquivalentTo(Enum.GetValues<NodeKind>());
    }
}
