using KnowledgeGraph.Api.Load;

// dotnet run -c Release --project benchmarks/KnowledgeGraph.Api.Load -- [--seconds 10] [--clients 4]
//   Starts the API (its Release build) and a plain endpoint, drives both, prints requests/second.
// dotnet KnowledgeGraph.Api.Load.dll serve-plain <answers folder> <url>
//   The plain endpoint alone; the load run starts it as a child process.
return args is ["serve-plain", var folder, var url]
    ? await PlainServer.RunAsync(folder, url)
    : await LoadRun.RunAsync(LoadSettings.Parse(args));
