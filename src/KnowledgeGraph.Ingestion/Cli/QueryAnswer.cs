using Spectre.Console.Rendering;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>What a query verb found, in both of its forms.</summary>
/// <param name="Json">What <c>--json</c> prints: a record of the documented shape.</param>
/// <param name="View">The tables for people, built only when they are printed.</param>
internal sealed record QueryAnswer(object Json, Func<IRenderable> View);
