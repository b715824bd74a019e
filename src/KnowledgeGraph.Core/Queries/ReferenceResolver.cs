using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>Turns references (an id, or an exact name or alias) into entities.</summary>
internal sealed class ReferenceResolver(IGraphStore store)
{
    public async Task<Entity?> ResolveAsync(string argumentName, string? reference, CancellationToken cancellationToken)
    {
        var text = QueryArguments.Reference(argumentName, reference);
        if (LooksLikeId(text))
        {
            var byId = await store.GetEntitiesAsync([text], cancellationToken).ConfigureAwait(false);
            if (byId.Count > 0)
            {
                return byId[0];
            }
        }

        return await ByNameAsync(argumentName, text, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Entity> RequireAsync(string argumentName, string? reference, CancellationToken cancellationToken)
    {
        var text = QueryArguments.Reference(argumentName, reference);
        return await ResolveAsync(argumentName, text, cancellationToken).ConfigureAwait(false)
            ?? throw new UnknownReferenceException(argumentName, text);
    }

    /// <summary>
    /// The entities of several references, each once, in the order first named. Ids are looked
    /// up in one call; only references that are not ids need a name lookup each.
    /// </summary>
    public async Task<IReadOnlyList<Entity>> RequireAllAsync(string argumentName, IReadOnlyList<string> references, CancellationToken cancellationToken)
    {
        var texts = references.Select((reference, i) => QueryArguments.Reference($"{argumentName}[{i}]", reference)).ToList();
        var idLike = texts.Where(LooksLikeId).Distinct(StringComparer.Ordinal).ToList();
        var byId = idLike.Count == 0
            ? []
            : (await store.GetEntitiesAsync(idLike, cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id, StringComparer.Ordinal);

        var entities = new List<Entity>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var name = $"{argumentName}[{i}]";
            var entity = byId.GetValueOrDefault(texts[i])
                ?? await ByNameAsync(name, texts[i], cancellationToken).ConfigureAwait(false)
                ?? throw new UnknownReferenceException(name, texts[i]);
            if (!entities.Exists(e => e.Id == entity.Id))
            {
                entities.Add(entity);
            }
        }

        return entities;
    }

    private async Task<Entity?> ByNameAsync(string argumentName, string name, CancellationToken cancellationToken)
    {
        var matches = await store.FindByNameAsync(name, cancellationToken).ConfigureAwait(false);
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new AmbiguousReferenceException(argumentName, name, [.. matches.Select(e => e.Id).Order(StringComparer.Ordinal)]),
        };
    }

    /// <summary>Canonical ids are <c>prefix:slug</c>; names never need the ASCII colon, so only these are tried as ids.</summary>
    private static bool LooksLikeId(string text) => text.Contains(':', StringComparison.Ordinal);
}
