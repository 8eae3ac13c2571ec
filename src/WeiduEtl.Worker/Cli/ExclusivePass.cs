using WeiduEtl.Core.Options;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cli;

/// <summary>Runs a verb's work on one pipeline under its cross-process lock, or says who holds it.</summary>
public static class ExclusivePass
{
    /// <summary>The work's result, or null (after telling the user) when another process is running a pass.</summary>
    public static async Task<T?> RunAsync<T>(PipelineOptions pipeline, Func<Task<T>> work) where T : class
    {
        using var held = PipelineLock.TryAcquire(pipeline.Output);
        if (held is null)
        {
            Console.Error.WriteLine($"{pipeline.Name}: another pass is running (the service or another command holds {pipeline.Output}/.lock); try again when it ends");
            return null;
        }
        return await work();
    }
}
