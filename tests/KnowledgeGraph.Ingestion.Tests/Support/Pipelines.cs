using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Ingestion.Tests.Support;

internal static class Pipelines
{
    public static IngestionPipeline Over(IGraphStore store) =>
        new(new FactFolder(new FactReader(), new FactValidator(GraphSchema.Default)), store);
}
