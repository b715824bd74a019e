namespace KnowledgeGraph.Api.Exports;

/// <summary>Writes a subgraph in one file format, streaming it as it goes.</summary>
internal interface ISubgraphWriter
{
    /// <summary>The file name offered for download, which is also the export's path: <c>/export/{FileName}</c>.</summary>
    string FileName { get; }

    /// <summary>The media type of the response, with its charset.</summary>
    string ContentType { get; }

    /// <summary>Writes the export to <paramref name="output"/> with asynchronous writes only (the response body refuses blocking ones).</summary>
    Task WriteAsync(SubgraphExport export, Stream output, CancellationToken cancellationToken);
}
