using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Api.Exports;

/// <summary>Writes a subgraph in one file format, streaming it as it goes.</summary>
internal interface ISubgraphWriter
{
    /// <summary>The file name offered for download, which is also the export's path: <c>/export/{FileName}</c>.</summary>
    string FileName { get; }

    /// <summary>The media type of the response, with its charset.</summary>
    string ContentType { get; }

    /// <summary>The query parameters this format reads beside the arguments of the subgraph query; none unless a format says otherwise.</summary>
    IReadOnlyList<string> FormatParameters => [];

    /// <summary>
    /// This writer set up as <see cref="FormatParameters"/> in <paramref name="query"/> ask, read
    /// before anything is written so that a bad one is refused whole; itself unless a format says otherwise.
    /// </summary>
    /// <exception cref="QueryArgumentException">A format parameter is repeated or malformed.</exception>
    ISubgraphWriter Configure(IQueryCollection query) => this;

    /// <summary>Writes the export to <paramref name="output"/> with asynchronous writes only (the response body refuses blocking ones).</summary>
    Task WriteAsync(SubgraphExport export, Stream output, CancellationToken cancellationToken);
}
