using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Api.Hosting;

// Settings and the playground ship beside the assembly; relative data paths (Store:SqlitePath,
// Ingestion:SeedFolder) still resolve against the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddApiOperations();
builder.AddKnowledgeGraphStore();
builder.AddInProcessIngestion();
builder.AddKnowledgeGraphGraphQL();
builder.AddSubgraphExports();
builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthApi.ReadyTag]);

var app = builder.Build();
app.UseApiOperations();
app.UseConsistentReads();
await app.Services.InitializeKnowledgeGraphStoreAsync(app.Lifetime.ApplicationStopping);
app.MapHealthApi();
app.MapKnowledgeGraphGraphQL();
app.MapExportApi();
await app.RunAsync();

/// <summary>The API host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
