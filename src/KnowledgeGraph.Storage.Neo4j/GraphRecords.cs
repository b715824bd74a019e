using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// How records become node and relationship properties and back. Dates are stored as their
/// text (so a year stays a year), amounts as decimal text (so 20.00 stays 20.00), and
/// evidence as two parallel lists on the relationship (source ids, quotes) in order. Null
/// fields and empty lists are left out and read back as null and empty.
/// </summary>
internal static class GraphRecords
{
    /// <summary>An entity's properties, with the derived keys the lookups use.</summary>
    public static Dictionary<string, object?> EntityProperties(Entity entity)
    {
        var names = entity.AllNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["type"] = entity.Type,
            ["name"] = entity.Name,
            ["nameKeys"] = names.Select(AsciiLower).Distinct(StringComparer.Ordinal).ToList(),
            ["searchNames"] = names,
            ["searchKeys"] = names.Select(SearchKeys.Normalize).ToList(),
        };
        AddIfPresent(properties, "nameEn", entity.NameEn);
        AddIfPresent(properties, "note", entity.Note);
        if (entity.Aliases.Count > 0)
        {
            properties["aliases"] = entity.Aliases.ToList();
            properties["aliasesText"] = string.Join('\n', entity.Aliases);
        }

        return properties;
    }

    public static Dictionary<string, object?> SourceProperties(Source source)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = source.Id, ["title"] = source.Title };
        AddIfPresent(properties, "outlet", source.Outlet);
        AddIfPresent(properties, "publishedOn", source.PublishedOn?.ToString());
        AddIfPresent(properties, "file", source.File);
        return properties;
    }

    public static Dictionary<string, object?> RelationshipProperties(Relationship relationship)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = relationship.Id };
        AddIfPresent(properties, "role", relationship.Role);
        AddIfPresent(properties, "date", relationship.Date?.ToString());
        AddIfPresent(properties, "validFrom", relationship.ValidFrom?.ToString());
        AddIfPresent(properties, "validTo", relationship.ValidTo?.ToString());
        AddIfPresent(properties, "note", relationship.Note);
        if (relationship.Amount is { } amount)
        {
            properties["amountValue"] = amount.Value.ToString(CultureInfo.InvariantCulture);
            properties["amountUnit"] = amount.Unit;
            properties["amountCurrency"] = amount.Currency;
            properties["amountApproximate"] = amount.Approximate;
            AddIfPresent(properties, "amountText", amount.Text);
        }

        if (relationship.Evidence.Count > 0)
        {
            properties["evidenceSources"] = relationship.Evidence.Select(e => e.SourceId).ToList();
            properties["evidenceQuotes"] = relationship.Evidence.Select(e => e.Quote).ToList();
        }

        return properties;
    }

    /// <summary>The key <c>FindByName</c> compares: the name with ASCII letters lowered and every other character kept.</summary>
    public static string AsciiLower(string name) => string.Create(name.Length, name, static (span, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(text[i]) ? (char)(text[i] | 0x20) : text[i];
        }
    });

    /// <summary>Reads the columns of <c>CypherQueries.EntityColumns</c>.</summary>
    public static Entity ReadEntity(IReadOnlyList<object?> row) =>
        new(Text(row[0]), Text(row[1]), Text(row[2]))
        {
            NameEn = OptionalText(row[3]),
            Aliases = TextList(row[4]),
            Note = OptionalText(row[5]),
        };

    /// <summary>Reads the columns of <c>CypherQueries.SourceColumns</c>.</summary>
    public static Source ReadSource(IReadOnlyList<object?> row) =>
        new(Text(row[0]), Text(row[1]))
        {
            Outlet = OptionalText(row[2]),
            PublishedOn = OptionalDate(row[3]),
            File = OptionalText(row[4]),
        };

    /// <summary>Reads the columns of <c>CypherQueries.RelationshipColumns</c>.</summary>
    public static Relationship ReadRelationship(IReadOnlyList<object?> row)
    {
        var sources = TextList(row[14]);
        var quotes = TextList(row[15]);
        if (sources.Count != quotes.Count)
        {
            throw Unreadable($"relationship {Text(row[0])} has {sources.Count} evidence sources but {quotes.Count} quotes");
        }

        return new Relationship(Text(row[0]), Text(row[1]), Text(row[2]), Text(row[3]))
        {
            Role = OptionalText(row[4]),
            Date = OptionalDate(row[5]),
            ValidFrom = OptionalDate(row[6]),
            ValidTo = OptionalDate(row[7]),
            Amount = row[8] is null ? null : ReadAmount(row),
            Note = OptionalText(row[13]),
            Evidence = [.. sources.Zip(quotes, (source, quote) => new Evidence(source, quote))],
        };
    }

    public static string Text(object? value) => value as string ?? throw Unreadable($"expected text, found {Describe(value)}");

    public static long Number(object? value) => value as long? ?? throw Unreadable($"expected a whole number, found {Describe(value)}");

    public static List<string> TextList(object? value) =>
        value is IReadOnlyList<object?> list ? [.. list.Select(Text)] : throw Unreadable($"expected a list, found {Describe(value)}");

    private static Money ReadAmount(IReadOnlyList<object?> row)
    {
        var text = Text(row[8]);
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            throw Unreadable($"relationship {Text(row[0])} has amount '{text}', which is not a decimal number");
        }

        return new Money(value, Text(row[9]), Text(row[10]))
        {
            Approximate = row[11] as bool? ?? false,
            Text = OptionalText(row[12]),
        };
    }

    private static string? OptionalText(object? value) => value is null ? null : Text(value);

    private static PartialDate? OptionalDate(object? value) =>
        value is null ? null
        : PartialDate.TryParse(Text(value), out var date, out var error) ? date
        : throw Unreadable(error);

    private static void AddIfPresent(Dictionary<string, object?> properties, string key, string? value)
    {
        if (value is not null)
        {
            properties[key] = value;
        }
    }

    private static string Describe(object? value) => value is null ? "null" : value.GetType().Name;

    private static GraphStoreException Unreadable(string problem) =>
        new($"Neo4j holds data this store cannot read: {problem}", isTransient: false);
}
