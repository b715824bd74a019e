using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlScalar = YamlDotNet.Core.Events.Scalar;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Walks the YAML events of a file before any node is built, for what the format never
/// needs but an accident or an attacker could use: aliases (one line can multiply into
/// millions of items), deep nesting (building nodes recurses, and too deep a stack would end
/// the process) and keys without a name (which the node builder cannot handle).
/// </summary>
internal static class YamlPrecheck
{
    /// <summary>The format nests five levels (file, list, item, evidence list, evidence); deeper is never a fact file.</summary>
    public const int MaxNestingDepth = 16;

    private enum Slot
    {
        SequenceItem,
        MappingKey,
        MappingValue,
    }

    /// <summary>The first unsupported construct, or null when there is none.</summary>
    /// <exception cref="YamlException">The text is not well-formed YAML.</exception>
    public static (Mark At, string Code, string Message)? FindUnsupported(string text)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<Slot>();
        var reached = Mark.Empty;
        while (MoveNext(parser, reached))
        {
            var current = parser.Current!;
            reached = current.End;
            switch (current)
            {
                case AnchorAlias alias:
                    return (alias.Start, FactErrorCodes.UnsupportedYaml, $"aliases (*{alias.Value}) are not supported in fact files; write the value out");
                case YamlScalar { Value.Length: 0, Style: ScalarStyle.Plain } when open.TryPeek(out var slot) && slot == Slot.MappingKey:
                    return (current.Start, FactErrorCodes.MalformedYaml, "a key is missing before ':'");
                case MappingEnd or SequenceEnd:
                    open.Pop();
                    continue;
                case MappingStart or SequenceStart when open.Count >= MaxNestingDepth:
                    return (current.Start, FactErrorCodes.UnsupportedYaml, $"values nest deeper than {MaxNestingDepth} levels; a fact file needs five at most");
            }

            if (current is NodeEvent)
            {
                FillSlot(open);
            }

            if (current is MappingStart or SequenceStart)
            {
                open.Push(current is MappingStart ? Slot.MappingKey : Slot.SequenceItem);
            }
        }

        return null;
    }

    /// <summary>A node fills its parent's slot: a mapping alternates between key and value.</summary>
    private static void FillSlot(Stack<Slot> open)
    {
        if (open.TryPeek(out var slot) && slot != Slot.SequenceItem)
        {
            open.Pop();
            open.Push(slot == Slot.MappingKey ? Slot.MappingValue : Slot.MappingKey);
        }
    }

    /// <summary>
    /// Some malformed input (an unclosed bracket before more keys) makes the YAML scanner throw
    /// <see cref="InvalidOperationException"/> rather than a <see cref="YamlException"/>; it
    /// becomes a syntax error at the last point read cleanly.
    /// </summary>
    private static bool MoveNext(Parser parser, Mark reached)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException e)
        {
            throw new YamlException(reached, reached, "the parser could not read on after this point (an unclosed bracket or quote?)", e);
        }
    }
}
