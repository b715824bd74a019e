using KnowledgeGraph.Api.Load;

// dotnet run -c Release --project benchmarks/KnowledgeGraph.Api.Load -- [--seconds 10] [--clients 4]
//   Starts the API (its Release build) and a plain endpoint, drives both, prints requests/second.
// dotnet KnowledgeGraph.Api.Load.dll serve-plain <answers folder> <url>
//   The plain endpoint alone; the load run starts it as a child process.
// dotnet run -c Release --project benchmarks/KnowledgeGraph.Api.Load -- scale [--scale 0.01] [--requests 200] [--seconds 10] [--clients 4] [--warm-up 20]
//   Generates a graph at the scale, ingests it with kg, serves it with the API, prints latency
//   percentiles per question, ingestion times and peak memory (build the solution in Release first).
return args switch
{
    ["serve-plain", var folder, var url] => await PlainServer.RunAsync(folder, url),
    ["scale", .. var options] => await ScaleRun.RunAsync(ScaleSettings.Parse(options)),
    _ => await LoadRun.RunAsync(LoadSettings.Parse(args)),
};
