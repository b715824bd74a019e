using System.Text;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Core.Tests.Facts.FactFixtures;

namespace KnowledgeGraph.Core.Tests.Facts;

/// <summary>
/// Mutates a valid article file at random (seeded, so a failure can be replayed) and checks
/// that validation never throws, that every error says where, and that mutations which
/// certainly break the file are reported.
/// </summary>
public sealed class FactFileMutationTests
{
    private const int MutationsPerSeed = 300;

    private static readonly string[] RequiredKeys = ["title:", "type:", "name:", "from:", "to:", "role:", "quote:", "evidence:"];
    private static readonly string[] DateKeys = ["publishedOn:", "date:", "validFrom:", "validTo:"];
    private static readonly string[] ImpossibleDates = ["2024-13", "2023-02-29", "20x4", "2024-00", "0000", "2024-1-5", "2024-10-32"];
    private static readonly string[] CandidateTypes =
        [.. GraphSchema.Default.EntityTypes.Keys, .. GraphSchema.Default.RelationTypes.Keys, "PERSN", "Person", "MEET", "ORG", "[A]"];

    private static readonly FactFile CommonFile = Read(Common, CommonPath);

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_files_never_break_the_validator_and_certainly_invalid_ones_are_reported_with_a_place(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < MutationsPerSeed; i++)
        {
            var mutation = Mutate(random);
            var because = $"seed {seed}, mutation {i}: {mutation.Description}";

            var validate = () => new FactValidator(GraphSchema.Default).Validate([CommonFile, ReadBytes(mutation.Bytes)]);

            var result = validate.Should().NotThrow(because).Subject;
            result.Errors.Should().NotContain(e => e.Line < 1 || e.Column < 1 || e.Message.Length == 0 || e.Code.Length == 0, because);
            result.Errors.Should().BeInAscendingOrder(FactError.ReadingOrder, because);
            if (mutation.CertainlyInvalid)
            {
                result.Errors.Should().NotBeEmpty(because).And.OnlyContain(e => e.File == ArticlePath, because);
            }
        }
    }

    [Fact]
    public void The_unmutated_files_are_valid() =>
        Validate((CommonPath, Common), (ArticlePath, Article)).Errors.Should().BeEmpty();

    private static Mutation Mutate(Random random) => random.Next(7) switch
    {
        0 => DeleteRequiredLine(random),
        1 => SwapType(random),
        2 => GarbleDate(random),
        3 => Truncate(random),
        4 => InsertRandomBytes(random),
        5 => InsertInvalidUtf8(random),
        _ => DeleteRange(random),
    };

    private static Mutation DeleteRequiredLine(Random random)
    {
        var lines = Article.Split('\n').ToList();
        var candidates = Indexes(lines, line => RequiredKeys.Any(k => line.TrimStart().StartsWith(k, StringComparison.Ordinal)));
        var index = candidates[random.Next(candidates.Count)];
        var removed = lines[index];
        lines.RemoveAt(index);
        return new Mutation(Encoding.UTF8.GetBytes(string.Join('\n', lines)), $"deleted line {index + 1} '{removed.Trim()}'", CertainlyInvalid: true);
    }

    private static Mutation SwapType(Random random)
    {
        var lines = Article.Split('\n');
        var candidates = Indexes(lines, line => line.Contains("type: ", StringComparison.Ordinal));
        var index = candidates[random.Next(candidates.Count)];
        var type = CandidateTypes[random.Next(CandidateTypes.Length)];
        lines[index] = lines[index][..(lines[index].IndexOf("type: ", StringComparison.Ordinal) + 6)] + type;
        var known = GraphSchema.Default.EntityTypes.ContainsKey(type) || GraphSchema.Default.RelationTypes.ContainsKey(type);
        return new Mutation(Encoding.UTF8.GetBytes(string.Join('\n', lines)), $"line {index + 1} type set to {type}", CertainlyInvalid: !known);
    }

    private static Mutation GarbleDate(Random random)
    {
        var lines = Article.Split('\n');
        var candidates = Indexes(lines, line => DateKeys.Any(k => line.TrimStart().StartsWith(k, StringComparison.Ordinal)));
        var index = candidates[random.Next(candidates.Count)];
        var date = ImpossibleDates[random.Next(ImpossibleDates.Length)];
        lines[index] = lines[index][..(lines[index].IndexOf(':', StringComparison.Ordinal) + 2)] + date;
        return new Mutation(Encoding.UTF8.GetBytes(string.Join('\n', lines)), $"line {index + 1} date set to {date}", CertainlyInvalid: true);
    }

    private static Mutation Truncate(Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(Article);
        var length = random.Next(bytes.Length);
        return new Mutation(bytes[..length], $"truncated to {length} bytes", CertainlyInvalid: false);
    }

    private static Mutation InsertRandomBytes(Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(Article).ToList();
        var noise = new byte[random.Next(1, 9)];
        random.NextBytes(noise);
        var at = random.Next(bytes.Count);
        bytes.InsertRange(at, noise);
        return new Mutation([.. bytes], $"inserted {Convert.ToHexString(noise)} at offset {at}", CertainlyInvalid: false);
    }

    private static Mutation InsertInvalidUtf8(Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(Article).ToList();
        var at = random.Next(bytes.Count);
        bytes.Insert(at, random.Next(2) == 0 ? (byte)0xFF : (byte)0xC0);
        return new Mutation([.. bytes], $"inserted an invalid UTF-8 byte at offset {at}", CertainlyInvalid: true);
    }

    private static Mutation DeleteRange(Random random)
    {
        var at = random.Next(Article.Length);
        var length = random.Next(1, Math.Min(40, Article.Length - at) + 1);
        return new Mutation(Encoding.UTF8.GetBytes(Article.Remove(at, length)), $"deleted {length} characters at {at}", CertainlyInvalid: false);
    }

    private static List<int> Indexes(IReadOnlyList<string> lines, Func<string, bool> predicate) =>
        [.. Enumerable.Range(0, lines.Count).Where(i => predicate(lines[i]))];

    private sealed record Mutation(byte[] Bytes, string Description, bool CertainlyInvalid);
}
