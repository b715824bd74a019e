using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>Registers the <c>IGraphStore</c> that verbs which need a store resolve, for the database the user named.</summary>
/// <param name="databasePath">The value of <c>--db</c>.</param>
internal delegate void GraphStoreRegistration(IServiceCollection services, string databasePath);
