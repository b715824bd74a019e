using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>
/// Runs one query verb: opens the store, checks it against the fact folder (unless
/// <c>--no-ingest</c>; see <see cref="SeedIngestion"/>), asks, and prints the answer as tables or JSON. Mistakes in the
/// question exit with 1, a failing store or configuration with 2, each with one clear message
/// on the error stream.
/// </summary>
internal static class QueryRunner
{
    private const int Suggestions = 5;

    /// <param name="verb">The verb, for messages: <c>kg show: ...</c>.</param>
    /// <param name="cliNames">The query service's argument names and what the command line calls them (<c>maxHops</c> → <c>--max-hops</c>).</param>
    /// <param name="ask">Asks the question and shapes the answer.</param>
    public static async Task<int> RunAsync(
        CliContext context,
        string verb,
        QuerySettings settings,
        IReadOnlyDictionary<string, string> cliNames,
        Func<GraphQueryService, CancellationToken, Task<QueryAnswer>> ask,
        CancellationToken cancellationToken)
    {
        await using var session = StoreSession.Open(context, verb, settings.Database);
        if (session is null)
        {
            return ExitCodes.Failure;
        }

        var query = new GraphQueryService(session.Store, GraphSchema.Default);
        try
        {
            await session.Store.InitializeAsync(cancellationToken);
            var checkedFacts = settings.NoIngest
                ? ExitCodes.Success
                : await SeedIngestion.CheckAsync(context, verb, session.Pipeline, settings.Seed, cancellationToken);
            if (checkedFacts != ExitCodes.Success)
            {
                return checkedFacts;
            }

            var answer = await AskConsistentlyAsync(session.Store, query, ask, cancellationToken);
            if (settings.Json)
            {
                await context.Output.WriteLineAsync(CliJson.Serialize(answer.Json));
            }
            else
            {
                context.Console.Write(answer.View());
            }

            return ExitCodes.Success;
        }
        catch (QueryException e)
        {
            await context.Error.WriteLineAsync($"kg {verb}: {InCliTerms(e, cliNames)}");
            if (e is UnknownReferenceException unknown)
            {
                await SuggestAsync(context, query, unknown.Reference, cancellationToken);
            }

            return ExitCodes.InvalidQuestion;
        }
        catch (GraphStoreException e)
        {
            var retry = e.IsTransient ? " It may succeed if run again." : string.Empty;
            await context.Error.WriteLineAsync($"kg {verb}: the store failed: {e.Message}.{retry}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>The message with the query's argument name (<c>argument 'maxHops'</c>) replaced by the command line's (<c>--max-hops</c>).</summary>
    private static string InCliTerms(QueryException e, IReadOnlyDictionary<string, string> cliNames)
    {
        var argument = e switch
        {
            QueryArgumentException a => a.ArgumentName,
            UnknownReferenceException u => u.ArgumentName,
            AmbiguousReferenceException a => a.ArgumentName,
            _ => null,
        };
        var prefix = $"argument '{argument}'";
        return argument is not null
            && e.Message.StartsWith(prefix, StringComparison.Ordinal)
            && cliNames.TryGetValue(argument.Split('[')[0], out var cliName)
                ? cliName + e.Message[prefix.Length..]
                : e.Message;
    }

    /// <summary>Names that contain the unknown reference, so that the user can pick one by its id.</summary>
    /// <summary>Asks in one consistent read, so that an answer never mixes two ingestions made meanwhile.</summary>
    private static async Task<QueryAnswer> AskConsistentlyAsync(
        IGraphStore store, GraphQueryService query, Func<GraphQueryService, CancellationToken, Task<QueryAnswer>> ask, CancellationToken cancellationToken)
    {
        using var read = store.BeginConsistentRead();
        return await ask(query, cancellationToken);
    }

    private static async Task SuggestAsync(CliContext context, GraphQueryService query, string reference, CancellationToken cancellationToken)
    {
        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = await query.SearchAsync(reference, first: Suggestions, cancellationToken: cancellationToken);
        }
        catch (QueryArgumentException)
        {
            return;
        }

        if (hits.Count > 0)
        {
            await context.Error.WriteLineAsync("  did you mean: " + string.Join(", ", hits.Select(h => $"{h.Entity.Name} ({h.Entity.Id})")));
        }
    }
}
