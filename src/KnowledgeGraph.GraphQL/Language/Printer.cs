using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text in graphql-js's <c>print()</c> format: two-space indents,
/// arguments wrapped past 80 columns, descriptions and block strings as graphql-js prints them.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node.</summary>
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions.Select(Print), "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => PrintVariableDefinition(variable),
            SelectionSetNode selectionSet => Block(selectionSet.Selections.Select(Print)),
            FieldNode field => PrintField(field),
            ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", PrintDirectives(spread.Directives)),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", inline.TypeCondition is null ? "" : Print(inline.TypeCondition)), PrintDirectives(inline.Directives), Print(inline.SelectionSet)],
                " "),
            FragmentDefinitionNode fragment =>
                $"fragment {fragment.Name.Value} on {Print(fragment.TypeCondition)} " +
                Wrap("", PrintDirectives(fragment.Directives), " ") + Print(fragment.SelectionSet),
            ValueNode value => PrintValue(value),
            ObjectFieldNode objectField => objectField.Name.Value + ": " + Print(objectField.Value),
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments.Select(Print), ", "), ")"),
            NamedTypeNode namedType => namedType.Name.Value,
            ListTypeNode listType => "[" + Print(listType.Type) + "]",
            NonNullTypeNode nonNullType => Print(nonNullType.Type) + "!",
            _ => PrintTypeSystem(node),
        };
    }

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = Wrap("(", Join(operation.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join(
            [operation.Operation.Keyword(), (operation.Name?.Value ?? "") + variables, PrintDirectives(operation.Directives)],
            " ");

        // An anonymous query without variables or directives prints as its selection set alone.
        return (prefix == "query" ? "" : prefix + " ") + Print(operation.SelectionSet);
    }

    private static string PrintVariableDefinition(VariableDefinitionNode variable) =>
        Print(variable.Variable) + ": " + Print(variable.Type) +
        Wrap(" = ", variable.DefaultValue is null ? "" : Print(variable.DefaultValue)) +
        Wrap(" ", PrintDirectives(variable.Directives));

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap("", field.Alias?.Value ?? "", ": ") + field.Name.Value;
        var arguments = field.Arguments.Select(Print).ToList();
        var argumentsLine = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
        {
            argumentsLine = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join(
            [argumentsLine, PrintDirectives(field.Directives), field.SelectionSet is null ? "" : Print(field.SelectionSet)],
            " ");
    }

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode integer => integer.Value,
        FloatValueNode number => number.Value,
        StringValueNode { Block: true } blockString => BlockString.Print(blockString.Value),
        StringValueNode text => PrintString(text.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(list.Values.Select(Print), ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields.Select(Print), ", ") + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown value node."),
    };

    /// <summary>Prints a string as a quoted GraphQL string, escaping as graphql-js printString does.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\b' => builder.Append("\\b"),
                '\t' => builder.Append("\\t"),
                '\n' => builder.Append("\\n"),
                '\f' => builder.Append("\\f"),
                '\r' => builder.Append("\\r"),
                < '\u0020' or (>= '\u007F' and <= '\u009F') => builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static string PrintDirectives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string PrintDescription(StringValueNode? description) => description is null ? "" : Print(description) + "\n";

    /// <summary>Joins the non-empty parts with a separator.</summary>
    private static string Join(IEnumerable<string> parts, string separator = "") =>
        string.Join(separator, parts.Where(part => part.Length > 0));

    /// <summary>Surrounds a non-empty text with <paramref name="start"/> and <paramref name="end"/>; empty stays empty.</summary>
    private static string Wrap(string start, string text, string end = "") => text.Length == 0 ? "" : start + text + end;

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static bool HasMultilineItems(IEnumerable<string> items) => items.Any(item => item.Contains('\n', StringComparison.Ordinal));
}
