using CsvHelper;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// The CSV conventions of both CSV exports: RFC 4180 (comma, CRLF, quotes where needed),
/// UTF-8 with a byte order mark so that spreadsheets read Chinese text correctly, absent
/// values as empty fields.
/// </summary>
internal static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true };

    /// <summary>Writes the header and one record per item, flushing asynchronously as the buffer fills.</summary>
    public static async Task WriteAsync<T>(
        Stream output, string[] header, IEnumerable<T> items, Func<T, string?[]> fields, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordAsync(header, cancellationToken);
        foreach (var item in items)
        {
            await csv.WriteRecordAsync(fields(item), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
