using System.CommandLine;
using WeiduEtl.Core.Options;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cli;

/// <summary>Runs a verb's work on one pipeline under its cross-process lock, or says who holds it.</summary>
public static class ExclusivePass
{
    /// <summary>The option the verbs that write share: queue behind a running pass instead of giving up.</summary>
    public static Option<bool> Wait { get; } = new("--wait") { Description = "When another pass of the pipeline is running, wait for it to end instead of exiting with code 75" };

    /// <summary>The work's result, or null (after telling the user) when another process is running a pass and we do not wait.</summary>
    public static async Task<T?> RunAsync<T>(PipelineOptions pipeline, Func<Task<T>> work, bool wait = false, CancellationToken cancellationToken = default) where T : class
    {
        var held = PipelineLock.TryAcquire(pipeline.LocalFolder);
        if (held is null && wait)
        {
            Console.Error.WriteLine($"{pipeline.Name}: waiting for the pass of {PipelineLock.Holder(pipeline.LocalFolder) ?? "another process"} to end");
            while (held is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                held = PipelineLock.TryAcquire(pipeline.LocalFolder);
            }
        }
        if (held is null)
        {
            Console.Error.WriteLine($"{pipeline.Name}: another pass is running ({PipelineLock.Holder(pipeline.LocalFolder) ?? "a process"} holds {pipeline.LocalFolder}/.lock); try again when it ends, or add --wait");
            return null;
        }
        using (held)
        {
            if (held.DeadHolder is { } dead)
            {
                Console.Error.WriteLine($"{pipeline.Name}: the previous pass ({dead}) ended without releasing its lock; its run is closed as abandoned");
            }
            return await work();
        }
    }
}
