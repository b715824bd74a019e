using Mono.Unix;

namespace KnowledgeGraph.Ingestion;

/// <summary>
/// Tells plain files from the rest. .NET reports a FIFO, a socket or a device as an ordinary
/// file, and opening a FIFO for reading blocks until something writes to it: one named
/// <c>*.yaml</c> would hang validation and the watcher. The BCL exposes no file type, so the
/// check asks the OS through Mono.Unix.
/// </summary>
internal static class RegularFiles
{
    /// <summary>
    /// True for a regular file, or a symbolic link that leads to one (editors and deploy tools
    /// link files into place); false for FIFOs, sockets, devices and dangling links.
    /// </summary>
    public static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return File.Exists(path);
        }

        try
        {
            return new UnixFileInfo(path).IsRegularFile;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
