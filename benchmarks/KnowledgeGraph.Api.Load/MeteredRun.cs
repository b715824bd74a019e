using System.Diagnostics;

namespace KnowledgeGraph.Api.Load;

/// <summary>A child process run to its end, with its wall time and peak resident memory.</summary>
/// <param name="PeakResidentBytes">The highest resident set seen (on Linux the kernel's own high-water mark, VmHWM), sampled every 50 ms.</param>
internal sealed record MeteredRun(TimeSpan Elapsed, long PeakResidentBytes, int ExitCode, string Output, string Errors)
{
    private static readonly TimeSpan Sampling = TimeSpan.FromMilliseconds(50);

    public static async Task<MeteredRun> RunAsync(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        long peak = 0;
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, PeakResident(process));
            await Task.WhenAny(exited, Task.Delay(Sampling));
        }

        await exited;
        clock.Stop();
        return new MeteredRun(clock.Elapsed, peak, process.ExitCode, await output, await errors);
    }

    /// <summary>The process's peak resident set so far, or 0 once it has gone.</summary>
    public static long PeakResident(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>Throws with the process's own error output when it failed (<c>kg</c> writes a file's errors to its output).</summary>
    public MeteredRun EnsureSucceeded(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} exited with code {ExitCode}: {Errors.Trim()}{Tail(Output)}");

    private static string Tail(string text) => text.Length <= 4000 ? text.Trim() : "…" + text[^4000..].Trim();
}
