namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Keeps secrets out of messages: the password and any credentials written into an address.</summary>
internal static class Neo4jRedaction
{
    private const string Mask = "***";

    /// <summary>The address without its user-info part (<c>http://user:secret@host</c> becomes <c>http://host</c>).</summary>
    public static string Uri(Uri uri) =>
        !uri.IsAbsoluteUri || uri.UserInfo.Length == 0
            ? uri.ToString()
            : new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();

    /// <summary>The text with every occurrence of the password masked.</summary>
    public static string Text(string text, string? password) =>
        string.IsNullOrEmpty(password) ? text : text.Replace(password, Mask, StringComparison.Ordinal);
}
