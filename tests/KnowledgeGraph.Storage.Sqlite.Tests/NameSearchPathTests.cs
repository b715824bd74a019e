using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The trigram index and the key scan must find exactly the same candidates, and both the same
/// as the in-memory store, on names mixing Chinese, Latin, full-width letters, separators and
/// characters beyond the basic plane.
/// </summary>
public sealed class NameSearchPathTests : IDisposable
{
    // Few distinct symbols, so that generated names share many substrings.
    private static readonly string[] Symbols =
        ["深", "圳", "武", "进", "高", "新", "区", "𠮷", "（", "）", "a", "b", "A", "B", "Ｃ", "c", " ", "-", "·", "\"", "2"];

    private static readonly string[] Types = ["COMPANY", "CITY", "PARK"];

    private readonly TemporaryDirectory _directory = new();
    private readonly SqliteGraphStore _store;

    public NameSearchPathTests() =>
        _store = (SqliteGraphStore)SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = _directory.File("graph.db") });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("ab", false)]
    [InlineData("深圳", false)]
    [InlineData("𠮷野", false)]
    [InlineData("abc", true)]
    [InlineData("武进区", true)]
    [InlineData("𠮷野家", true)]
    public void Keys_of_three_characters_or_more_use_the_trigram_index(string key, bool usesTrigrams) =>
        (NameSearch.PathFor(key) == NameSearchPath.TrigramIndex).Should().Be(usesTrigrams);

    [Theory]
    [InlineData("a", "ShortKeyIndex")]
    [InlineData("深圳", "ShortKeyIndex")]
    [InlineData("𠮷", "ShortKeyIndex")]
    [InlineData("𠮷野", "KeyScan")]
    [InlineData("深圳湾", "TrigramIndex")]
    public void Keys_of_one_or_two_units_use_the_short_key_index(string key, string path) =>
        NameSearch.PathFor(key).ToString().Should().Be(path);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Both_paths_find_the_same_candidates_as_the_in_memory_store(int seed)
    {
        var random = new Random(seed);
        var changes = new GraphChangeSet { UpsertEntities = [.. Enumerable.Range(0, 80).Select(i => RandomEntity(random, i))] };
        await _store.InitializeAsync(Ct);
        await _store.ApplyAsync(changes, Ct);
        var oracle = new InMemoryGraphStore();
        await oracle.ApplyAsync(changes, Ct);

        for (var query = 0; query < 150; query++)
        {
            var text = RandomQuery(random, changes.UpsertEntities);
            var types = random.Next(3) == 0 ? Types.Where(_ => random.Next(2) == 0).ToArray() : null;
            var limit = random.Next(1, 60);

            var expected = Describe(await oracle.FindSearchCandidatesAsync(text, types, limit, Ct));
            var found = Describe(await _store.FindSearchCandidatesAsync(text, types, limit, Ct));
            var scanned = Describe(await _store.FindSearchCandidatesAsync(text, types, limit, NameSearchPath.KeyScan, Ct));

            found.Should().Equal(expected, $"searching '{text}' (seed {seed}) must find what the in-memory store finds");
            scanned.Should().Equal(expected, $"the key scan for '{text}' (seed {seed}) must agree");
        }
    }

    private static Entity RandomEntity(Random random, int index) =>
        new(string.Create(CultureInfo.InvariantCulture, $"org:{index:000}"), Types[random.Next(Types.Length)], RandomName(random))
        {
            NameEn = random.Next(2) == 0 ? RandomName(random) : null,
            Aliases = [.. Enumerable.Range(0, random.Next(3)).Select(_ => RandomName(random))],
        };

    private static string RandomName(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => Symbols[random.Next(Symbols.Length)]));

    /// <summary>Mostly a piece of a stored name (cut between symbols, never inside one), sometimes anything.</summary>
    private static string RandomQuery(Random random, IReadOnlyList<Entity> entities)
    {
        if (random.Next(4) == 0)
        {
            return RandomName(random);
        }

        var name = entities[random.Next(entities.Count)].AllNames.First();
        var runes = name.EnumerateRunes().Select(r => r.ToString()).ToArray();
        var start = random.Next(runes.Length);
        var length = random.Next(1, runes.Length - start + 1);
        return string.Concat(runes.Skip(start).Take(length));
    }

    private static List<string> Describe(IReadOnlyList<SearchCandidate> candidates) =>
        [.. candidates.Select(c => $"{c.Entity.Id}|{c.Matched}")];
}
