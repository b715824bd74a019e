using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Core.Facts;

/// <summary>Strict UTF-8 decoding that says where the first invalid byte is.</summary>
internal static class Utf8Text
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    internal readonly record struct InvalidByte(int Line, int Column, string Message);

    public static bool TryDecode(byte[] bytes, out string text, out InvalidByte invalid)
    {
        var skipped = bytes.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        var body = bytes.AsSpan(skipped);
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            text = new string(chars, 0, charsWritten);
            invalid = default;
            return true;
        }

        text = string.Empty;
        invalid = Describe(bytes, skipped + bytesRead);
        return false;
    }

    private static InvalidByte Describe(byte[] bytes, int offset)
    {
        var before = bytes.AsSpan(0, offset);
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
        var hint = LooksLikeUtf16(bytes) ? " (it looks like UTF-16)" : string.Empty;
        return new InvalidByte(line, column,
            $"the file is not UTF-8{hint}: byte 0x{bytes[offset]:X2} at offset {offset} is not valid UTF-8; save the file as UTF-8");
    }

    private static bool LooksLikeUtf16(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
