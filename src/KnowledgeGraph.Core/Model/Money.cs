namespace KnowledgeGraph.Core.Model;

/// <summary>
/// An amount of money as its source states it: <c>20 亿 CNY</c>. Amounts are kept in the
/// source's own unit (万, 亿) rather than converted, so that they read as the article does.
/// </summary>
/// <param name="Value">The number as stated, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The magnitude word of the source: one of the schema's money units (元, 万, 亿, 万亿).</param>
/// <param name="Currency">An ISO 4217 code from the schema's currencies, e.g. <c>CNY</c>.</param>
public sealed record Money(decimal Value, string Unit, string Currency)
{
    /// <summary>True when the source gives the amount as approximate (近200亿元, 超30亿元).</summary>
    public bool Approximate { get; init; }

    /// <summary>The amount as the source words it, e.g. <c>近200亿元</c>; null when the number says it all.</summary>
    public string? Text { get; init; }
}
