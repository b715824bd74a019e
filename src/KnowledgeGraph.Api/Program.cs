using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraphStore();
builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthApi.ReadyTag]);

var app = builder.Build();
await app.Services.InitializeKnowledgeGraphStoreAsync(app.Lifetime.ApplicationStopping);
app.MapHealthApi();
await app.RunAsync();

/// <summary>The API host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
