namespace KnowledgeGraph.Seed.Tests;

/// <summary>Asserts a rule over the whole seed, listing every offending item so that a curator can fix them in one go.</summary>
internal static class Offences
{
    public static void ShouldBeNone(this IReadOnlyCollection<string> offences, string rule) =>
        offences.Should().BeEmpty(
            "{0}; {1} item(s) break it:{2}{3}{2}",
            rule,
            offences.Count,
            Environment.NewLine,
            string.Join(Environment.NewLine, offences.Select(offence => "  - " + offence)));
}
