using CsvHelper;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// The CSV conventions of both CSV exports: RFC 4180 (comma, CRLF, quotes where needed),
/// UTF-8 with a byte order mark so that spreadsheets read Chinese text correctly, absent
/// values as empty fields, and text that starts like a formula escaped unless
/// <see cref="CsvFormulas.Keep"/> is asked for.
/// </summary>
/// <remarks>
/// Escaping applies to text fields only. A number the export formats itself (the amount's
/// value) is written as a number, so a negative amount stays <c>-3</c>: digits, a point and a
/// leading minus are no formula, and a quote in front would turn the number into text for
/// every spreadsheet and BI tool. Text that merely looks like a number, such as a name
/// <c>-3</c>, is escaped like any other text, as OWASP recommends.
/// </remarks>
internal static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private static readonly CsvWriterOptions KeepingFormulas = CsvWriterOptions.Default with { WriteByteOrderMark = true };

    /// <summary>CsvHelper's escape: <c>'</c> in front of text starting with <c>= + - @</c>, tab or CR, and the field quoted.</summary>
    private static readonly CsvWriterOptions EscapingFormulas = KeepingFormulas with { Injection = CsvInjection.Escape };

    /// <summary>
    /// Writes the header and one record per item (<paramref name="writeFields"/> writes an
    /// item's fields), flushing asynchronously as the buffer fills.
    /// </summary>
    public static async Task WriteAsync<T>(
        Stream output,
        CsvFormulas formulas,
        string[] header,
        IEnumerable<T> items,
        Action<CsvWriter, T> writeFields,
        CancellationToken cancellationToken)
    {
        var options = formulas == CsvFormulas.Keep ? KeepingFormulas : EscapingFormulas;
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        await csv.WriteRecordAsync(header, cancellationToken);
        foreach (var item in items)
        {
            writeFields(csv, item);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
