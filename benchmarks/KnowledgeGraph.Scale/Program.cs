using System.Globalization;
using KnowledgeGraph.Scale;

// dotnet run -c Release --project benchmarks/KnowledgeGraph.Scale -- generate --scale 1 --seed 1 --output /tmp/scale-1
//   Writes a KG-shaped graph in the fact-file format, and scale-graph.json naming its hubs;
//   scale 1 is about 200k entities and 1M relationships.
if (args is not ["generate", .. var options])
{
    await Console.Error.WriteLineAsync("usage: generate --scale S --seed N --output DIR");
    return 2;
}

var settings = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < options.Length; i += 2)
{
    settings[options[i]] = options[i + 1];
}

var scale = double.Parse(settings.GetValueOrDefault("--scale", "0.01"), CultureInfo.InvariantCulture);
var seed = ulong.Parse(settings.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture);
var output = settings.GetValueOrDefault("--output", "scale-graph");
if (scale is <= 0 or > 1.5)
{
    await Console.Error.WriteLineAsync("--scale takes a number above 0 and at most 1.5");
    return 2;
}

var graph = ScaleGraphGenerator.Generate(scale, seed);
FactFileWriter.Write(graph, output);
ScaleManifest.Write(graph, scale, seed, output);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {graph.Entities.Count} entities, {graph.Relationships.Count} relationships in {graph.ArticleCount + graph.GazetteerCount} files to {output}; hub city {graph.Entities[graph.HubCity].Id}, hub district {graph.Entities[graph.HubDistrict].Id}"));
return 0;
