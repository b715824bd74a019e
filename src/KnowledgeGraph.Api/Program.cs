using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiOperations();
builder.AddKnowledgeGraphStore();
builder.AddSubgraphExports();
builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthApi.ReadyTag]);

var app = builder.Build();
app.UseApiOperations();
await app.Services.InitializeKnowledgeGraphStoreAsync(app.Lifetime.ApplicationStopping);
app.MapHealthApi();
app.MapExportApi();
await app.RunAsync();

/// <summary>The API host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
