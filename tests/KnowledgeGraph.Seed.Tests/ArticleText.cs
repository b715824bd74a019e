using System.Text.RegularExpressions;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>The rules the checks read article text by: garbled numbers, approximate amounts (quotes match as Core's <see cref="KnowledgeGraph.Core.Facts.QuoteText"/> says).</summary>
public static partial class ArticleText
{
    /// <summary>The characters a garbled page prints in place of a lost digit.</summary>
    private static readonly char[] LostDigitMarks = ['?', '？'];

    /// <summary>
    /// The garbled numbers of <paramref name="text"/>, as printed: runs of digits, decimal points
    /// and ranges in which a '?' or '？' stands for a lost digit (11?2日, 总投?.38亿元, 420?小时).
    /// </summary>
    public static IReadOnlyList<Match> GarbledNumbers(string text) =>
        [.. NumberRun().Matches(text).Where(run => run.Value.IndexOfAny(LostDigitMarks) >= 0 && run.Value.Any(char.IsAsciiDigit))];

    /// <summary>
    /// The amounts of money in <paramref name="text"/> that it words as approximate: a number
    /// after 近, 超, 超过, 约, 逾 or 将近, or before 余 or 多 (近200亿元, 超30亿元, 30余亿元).
    /// Only money counts, a number ending in 元: 约8.8万平方米 is an area, 超10家企业 a count.
    /// </summary>
    public static IReadOnlyList<string> ApproximateAmounts(string text) =>
        [.. MoneyAmount().Matches(text)
            .Where(amount => amount.Groups["before"].Success || amount.Groups["after"].Success)
            .Select(amount => amount.Value)];

    [GeneratedRegex("[0-9０-９?？][0-9０-９?？.．-]*")]
    private static partial Regex NumberRun();

    [GeneratedRegex("(?<before>将近|超过|近|超|约|逾)?[0-9]+(?:\\.[0-9]+)?(?<after>余|多)?(?:万亿|亿|万)?元")]
    private static partial Regex MoneyAmount();
}
