using System.Text;
using System.Xml;

namespace KnowledgeGraph.Api.Exports;

/// <summary>What the XML exports (GraphML, GEXF) share: writer settings and the schema location.</summary>
internal static class ExportXml
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Asynchronous (the response body refuses blocking writes), UTF-8 without a byte order mark, indented with LF.</summary>
    public static XmlWriterSettings WriterSettings { get; } = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    /// <summary>Declares the XML Schema instance namespace and where the schema of <paramref name="targetNamespace"/> is.</summary>
    public static async Task WriteSchemaLocationAsync(XmlWriter writer, string targetNamespace, string schemaUrl)
    {
        await writer.WriteAttributeStringAsync("xmlns", "xsi", null, XsiNamespace);
        await writer.WriteAttributeStringAsync("xsi", "schemaLocation", XsiNamespace, $"{targetNamespace} {schemaUrl}");
    }
}
