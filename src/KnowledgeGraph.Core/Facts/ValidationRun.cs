using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// One validation of one run. Sources come first, then entities, then relationships, each
/// over all files, so that evidence and ends can refer to anything the run declares.
/// </summary>
internal sealed partial class ValidationRun(GraphSchema schema, SourceArticles? articles)
{
    private readonly List<FactError> _errors = [];
    private readonly Dictionary<string, string> _declaredAt = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sourceIds = new(StringComparer.Ordinal);
    private readonly EntityDirectory _entities = new();
    private readonly Dictionary<string, string> _identitiesAt = new(StringComparer.Ordinal);

    public FactValidationResult Validate(IReadOnlyList<FactFile> files)
    {
        foreach (var file in files)
        {
            _errors.AddRange(file.Errors);
        }

        var sources = ValidateAll(files, file => file.Sources, ValidateSource);
        var entities = ValidateAll(files, file => file.Entities, ValidateEntity);
        CheckHomonyms();
        var relationships = ValidateAll(files, file => file.Relationships, ValidateRelationship);
        CheckContainmentCycles();
        CheckOneCityAtATime();

        return _errors.Count > 0
            ? new FactValidationResult(GraphSnapshot.Empty, [.. _errors.Order(FactError.ReadingOrder)]) { Quotes = QuoteSummary }
            : new FactValidationResult(
                new GraphSnapshot(
                    [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)],
                    [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)],
                    [.. relationships.OrderBy(r => r.Id, StringComparer.Ordinal)]),
                []) { Quotes = QuoteSummary };
    }

    private static List<TModel> ValidateAll<TRaw, TModel>(
        IReadOnlyList<FactFile> files,
        Func<FactFile, IReadOnlyList<TRaw>> items,
        Func<string, TRaw, TModel?> validate)
        where TModel : class
    {
        var valid = new List<TModel>();
        foreach (var file in files)
        {
            foreach (var item in items(file))
            {
                if (validate(file.Path, item) is { } model)
                {
                    valid.Add(model);
                }
            }
        }

        return valid;
    }

    /// <summary>Records a missing required field, unless its value was malformed and so already reported.</summary>
    private bool Require(string file, RawItem item, Scalar? value, string key, string what)
    {
        if (value is null && !item.MalformedKeys.Contains(key))
        {
            Error(file, item.At, FactErrorCodes.MissingField, $"{what} has no '{key}'");
        }

        return value is not null;
    }

    /// <summary>Claims an id for the run; a second claim is reported where it is made, naming the first.</summary>
    private bool Declare(string file, Scalar id)
    {
        var here = Location(file, id.At);
        if (_declaredAt.TryGetValue(id.Value, out var first))
        {
            Error(file, id.At, FactErrorCodes.DuplicateId,
                $"id '{id.Value}' is declared twice: here and at {first}; ids are unique across all fact files");
            return false;
        }

        _declaredAt[id.Value] = here;
        return true;
    }

    private void CheckIdShape(string file, Scalar id, string prefix, string owner)
    {
        if (!FactIds.HasPrefixAndSlug(id.Value, prefix))
        {
            Error(file, id.At, FactErrorCodes.InvalidId,
                $"id '{id.Value}' of {owner} must be '{prefix}:<slug>', the slug made of lowercase ASCII letters and digits in words joined by single hyphens");
        }
    }

    private PartialDate? ParseDate(string file, Scalar? value, string key)
    {
        if (value is null)
        {
            return null;
        }

        if (PartialDate.TryParse(value.Value, out var date, out var reason))
        {
            CheckPlausibleYear(file, value, key, date);
            return date;
        }

        Error(file, value.At, FactErrorCodes.InvalidDate, $"'{key}' is not a real date: {reason}");
        return null;
    }

    private static string Location(string file, Position at) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{at.Line}:{at.Column}");

    private void Error(string file, Position at, string code, string message) =>
        _errors.Add(new FactError(file, at.Line, at.Column, code, message));

    private static string Suggest(string value, IEnumerable<string> candidates)
    {
        var sorted = candidates.Order(StringComparer.Ordinal).ToList();
        var closest = sorted.MinBy(c => EditDistance.Between(value.ToUpperInvariant(), c));
        return closest is not null && EditDistance.Between(value.ToUpperInvariant(), closest) <= 2
            ? $"did you mean {closest}?"
            : $"expected one of: {string.Join(", ", sorted)}";
    }
}
