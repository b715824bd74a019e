using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace KnowledgeGraph.Api.Playground;

/// <summary>
/// The playground's bundled files (the page and the scripts, styles and fonts it loads), which
/// Playground.targets embeds in the assembly as resources named <c>Playground/{file}</c>.
/// </summary>
internal sealed class PlaygroundBundle
{
    public const string PageFile = "index.html";
    private const string ResourcePrefix = "Playground/";
    private const string FallbackContentType = "application/octet-stream";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly Assembly _assembly;
    private readonly HashSet<string> _files;

    private PlaygroundBundle(Assembly assembly, HashSet<string> files, byte[] page)
    {
        _assembly = assembly;
        _files = files;
        Page = page;
    }

    /// <summary>The page's HTML (UTF-8), read once: it is small and served on every visit.</summary>
    public byte[] Page { get; }

    /// <summary>The bundle embedded in <paramref name="assembly"/>; fails when it holds no playground page.</summary>
    public static PlaygroundBundle Load(Assembly assembly)
    {
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..])
            .ToHashSet(StringComparer.Ordinal);
        if (!files.Contains(PageFile))
        {
            throw new InvalidOperationException(
                $"The GraphQL playground is not embedded in {assembly.GetName().Name}: no resource '{ResourcePrefix}{PageFile}'. " +
                "It is bundled by src/KnowledgeGraph.Api/Playground/Playground.targets when the API project builds; rebuild that project with Node.js and npm on PATH.");
        }

        using var page = assembly.GetManifestResourceStream(ResourcePrefix + PageFile)!;
        using var pageBytes = new MemoryStream();
        page.CopyTo(pageBytes);
        return new PlaygroundBundle(assembly, files, pageBytes.ToArray());
    }

    /// <summary>The file's content, or null when the bundle has no such file.</summary>
    public Stream? Open(string file) =>
        _files.Contains(file) ? _assembly.GetManifestResourceStream(ResourcePrefix + file) : null;

    /// <summary>The media type to serve a file with, from its extension.</summary>
    public static string ContentTypeOf(string file) =>
        ContentTypes.TryGetContentType(file, out var contentType) ? contentType : FallbackContentType;
}
