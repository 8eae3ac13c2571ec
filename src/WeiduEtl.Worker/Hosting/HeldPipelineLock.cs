namespace WeiduEtl.Worker.Hosting;

/// <summary>A pipeline's lock while a pass holds it; disposing releases it and removes the holder's name.</summary>
/// <param name="DeadHolder">The holder named by a holder file left behind: a pass that died without releasing the lock.</param>
public sealed class HeldPipelineLock(FileStream lockFile, string holderFile, string? deadHolder) : IDisposable
{
    public string? DeadHolder { get; } = deadHolder;

    public void Dispose()
    {
        // The holder file goes first: while the lock is held, nobody else may write it.
        try
        {
            File.Delete(holderFile);
        }
        catch (IOException)
        {
            // The next holder overwrites it.
        }
        lockFile.Dispose();
    }
}
