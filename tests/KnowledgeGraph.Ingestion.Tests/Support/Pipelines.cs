using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Tests.Support;

internal static class Pipelines
{
    public static IngestionPipeline Over(IGraphStore store, IngestionOptions? options = null) =>
        new(new FactFolder(new FactReader(), new FactValidator(GraphSchema.Default)), store, Options.Create(options ?? new IngestionOptions()));
}
