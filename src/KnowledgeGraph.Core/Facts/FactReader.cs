namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Reads fact files (<c>seed/**/*.yaml</c>, format in <c>seed/README.md</c>) into items that
/// keep the line and column of every value, so that validation can say where a problem is.
/// Reading never throws on bad content: size, encoding, YAML syntax, shape and unknown keys
/// come back as <see cref="FactFile.Errors"/>.
/// </summary>
public sealed class FactReader
{
    private readonly FactReaderOptions _options;

    /// <summary>Creates a reader with the given limits, or the defaults of <see cref="FactReaderOptions"/>.</summary>
    public FactReader(FactReaderOptions? options = null)
    {
        _options = options ?? new FactReaderOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxFileBytes, nameof(options));
    }

    /// <summary>Reads one fact file from <paramref name="content"/>, reading no more than the size limit allows.</summary>
    /// <param name="path">The path errors should name, e.g. <c>seed/articles/001.yaml</c>.</param>
    /// <param name="content">The file's bytes; expected to be UTF-8, with or without a byte order mark.</param>
    public FactFile Read(string path, Stream content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);

        var bytes = ReadAtMost(content, _options.MaxFileBytes + 1L);
        if (bytes.Length > _options.MaxFileBytes)
        {
            return FactFile.Unreadable(path, new FactError(path, 1, 1, FactErrorCodes.FileTooLarge,
                $"the file is larger than the limit of {_options.MaxFileBytes} bytes; split it, or raise the limit (FactReaderOptions.MaxFileBytes)"));
        }

        return Utf8Text.TryDecode(bytes, out var text, out var invalid)
            ? FactFileParser.Parse(path, text)
            : FactFile.Unreadable(path, new FactError(path, invalid.Line, invalid.Column, FactErrorCodes.NotUtf8, invalid.Message));
    }

    private static byte[] ReadAtMost(Stream content, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = content.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
