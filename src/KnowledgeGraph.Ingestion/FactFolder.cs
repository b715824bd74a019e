using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Ingestion;

/// <summary>Reads and validates every fact file below a folder; the part of ingestion that needs no store.</summary>
internal sealed class FactFolder(FactReader reader, FactValidator validator)
{
    /// <summary>Hidden files and folders (editor swap and lock files) are not facts, nor is anything but a regular file.</summary>
    private static readonly EnumerationOptions YamlFiles = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseSensitive,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    public FactFolderContent Load(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return FactFolderContent.Failed($"the folder '{folder}' does not exist");
        }

        var files = new List<FactFile>();
        foreach (var relative in FilesBelow(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = DisplayPath(folder, relative);
            try
            {
                using var content = File.OpenRead(Path.Join(folder, relative));
                files.Add(reader.Read(path, content));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return FactFolderContent.Failed($"could not read '{path}': {e.Message}");
            }
        }

        return new FactFolderContent(files.Count, validator.Validate(files), Failure: null);
    }

    /// <summary>The fact files below <paramref name="folder"/>, relative to it with forward slashes, in ordinal order.</summary>
    internal static IEnumerable<string> FilesBelow(string folder) =>
        Directory.EnumerateFiles(folder, "*.yaml", YamlFiles)
            .Where(RegularFiles.IsRegular)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static string DisplayPath(string folder, string relative) => Path.Join(folder, relative).Replace('\\', '/');
}

/// <summary>The validated facts of a folder, or why it could not be read.</summary>
/// <param name="Validation">The validation of every file; null when <see cref="Failure"/> is set.</param>
internal sealed record FactFolderContent(int FileCount, FactValidationResult? Validation, string? Failure)
{
    public static FactFolderContent Failed(string failure) => new(0, null, failure);
}
