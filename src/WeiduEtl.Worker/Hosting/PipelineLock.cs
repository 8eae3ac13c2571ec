using System.Globalization;

namespace WeiduEtl.Worker.Hosting;

/// <summary>
/// One pass at a time per pipeline across processes (the service and a CLI backfill): an exclusive
/// lock file in the pipeline's output folder, released when the pass ends or the process dies. Beside it,
/// <c>.lock.holder</c> names the holder (pid, host, since when), so a busy pipeline says who has it and a holder
/// that died (kill -9, power loss) is recognised by the next pass: its file is still there.
/// </summary>
public static class PipelineLock
{
    public static HeldPipelineLock? TryAcquire(string outputFolder, TimeProvider? time = null)
    {
        Directory.CreateDirectory(outputFolder);
        FileStream held;
        try
        {
            held = new FileStream(Path.Combine(outputFolder, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
        var holderFile = HolderFile(outputFolder);
        var previous = ReadHolder(holderFile);
        var now = (time ?? TimeProvider.System).GetUtcNow();
        File.WriteAllText(holderFile, string.Create(CultureInfo.InvariantCulture,
            $"pid {Environment.ProcessId} on {Environment.MachineName} since {now:yyyy-MM-dd'T'HH:mm:ss'Z'}"));
        return new HeldPipelineLock(held, holderFile, previous);
    }

    /// <summary>Who holds the pipeline's lock now, as its holder wrote it; null when nobody says.</summary>
    public static string? Holder(string outputFolder) => ReadHolder(HolderFile(outputFolder));

    private static string HolderFile(string outputFolder) => Path.Combine(outputFolder, ".lock.holder");

    private static string? ReadHolder(string holderFile)
    {
        try
        {
            return File.Exists(holderFile) ? File.ReadAllText(holderFile).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
