using KnowledgeGraph.Api.Exports;
using KnowledgeGraph.Core.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

/// <summary>
/// The <c>subgraph</c> query over plain GET, for BI and network tools:
/// <c>/export/subgraph.json</c>, <c>.nodes.csv</c>, <c>.edges.csv</c>, <c>.graphml</c> and
/// <c>.gexf</c>, all taking the arguments of the GraphQL query (see <see cref="SubgraphArguments"/>)
/// and the CSV files also <c>formulas</c> (see <see cref="CsvFormulas"/>).
/// </summary>
/// <remarks>
/// Every response says whether the limit cut relationships off in the
/// <c>X-Subgraph-Truncated</c> header (<c>true</c>/<c>false</c>); the JSON body says it in
/// <c>truncated</c> too. Files are offered as attachments named after the path. A bad
/// argument is a 400 validation problem whose <c>argument</c> names it and whose
/// <c>errors</c> say why; the query runs before anything is written, so no half file is sent
/// for a bad question.
/// </remarks>
internal static class ExportApi
{
    public const string TruncatedHeader = "X-Subgraph-Truncated";

    private static readonly ISubgraphWriter[] Writers =
        [new JsonSubgraphWriter(), new CsvNodesWriter(), new CsvEdgesWriter(), new GraphMlWriter(), new GexfWriter()];

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder endpoints)
    {
        foreach (var writer in Writers)
        {
            endpoints.MapGet($"/export/{writer.FileName}", (HttpContext context, SubgraphExporter exporter) => ExportAsync(writer, context, exporter));
        }

        return endpoints;
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem>> ExportAsync(
        ISubgraphWriter writer, HttpContext context, SubgraphExporter exporter)
    {
        var cancellationToken = context.RequestAborted;
        var query = context.Request.Query;
        ISubgraphWriter configured;
        SubgraphExport export;
        try
        {
            var arguments = SubgraphArguments.Parse(query, writer.FormatParameters);
            configured = writer.Configure(query);
            export = await exporter.ExportAsync(arguments, cancellationToken);
        }
        catch (QueryException e)
        {
            return ArgumentProblem(e);
        }

        context.Response.Headers[TruncatedHeader] = export.Subgraph.Truncated ? "true" : "false";
        return TypedResults.Stream(
            body => configured.WriteAsync(export, body, cancellationToken), configured.ContentType, configured.FileName);
    }

    private static ValidationProblem ArgumentProblem(QueryException exception)
    {
        (string argument, IReadOnlyList<string>? candidates) = exception switch
        {
            QueryArgumentException e => (e.ArgumentName, null),
            UnknownReferenceException e => (e.ArgumentName, null),
            AmbiguousReferenceException e => (e.ArgumentName, e.CandidateIds),
            _ => ("query", null),
        };
        var extensions = new Dictionary<string, object?> { ["argument"] = argument };
        if (candidates is not null)
        {
            extensions["candidates"] = candidates;
        }

        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [argument] = [exception.Message] },
            detail: exception.Message,
            title: "The subgraph export was asked with a bad argument.",
            extensions: extensions);
    }
}
