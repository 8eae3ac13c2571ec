namespace WeiduEtl.Worker.Hosting;

/// <summary>
/// One pass at a time per pipeline across processes (the service and a CLI backfill): an exclusive
/// lock file in the pipeline's output folder, released when the pass ends or the process dies.
/// </summary>
public static class PipelineLock
{
    public static IDisposable? TryAcquire(string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        try
        {
            return new FileStream(Path.Combine(outputFolder, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
