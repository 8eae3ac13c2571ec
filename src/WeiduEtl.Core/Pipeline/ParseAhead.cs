namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Parses up to <see cref="Width"/> documents ahead on the thread pool while a pass stores the oldest one. Pages
/// are independent, so parsing uses every core; storing stays one transaction at a time, in the order the source
/// gave the documents, and at most <see cref="Width"/> parsed documents wait in memory.
/// </summary>
/// <typeparam name="T">What one document's work gives: its rows, or why it failed.</typeparam>
public sealed class ParseAhead<T>(int? width = null)
{
    /// <summary>At most this many documents in flight whatever the core count: each holds its bytes and rows.</summary>
    private const int MaxWidth = 4;

    private readonly Queue<Task<T>> _inFlight = new();

    /// <summary>How many documents may be in flight: by default one per core, up to <see cref="MaxWidth"/>.</summary>
    public int Width { get; } = Math.Max(1, width ?? Math.Min(Environment.ProcessorCount, MaxWidth));

    /// <summary>Documents queued and not yet taken.</summary>
    public int Count => _inFlight.Count;

    /// <summary>True when the pass must take the oldest result before queueing another document.</summary>
    public bool IsFull => _inFlight.Count >= Width;

    /// <summary>Queues work whose result is already known (a document that needs no parsing).</summary>
    public void Add(T done) => _inFlight.Enqueue(Task.FromResult(done));

    /// <summary>Starts CPU-bound work on the thread pool; it must report its own failures in <typeparamref name="T"/>.</summary>
    public void Start(Func<T> work) => _inFlight.Enqueue(Task.Run(work));

    /// <summary>The oldest document's result, waiting for it when it is still being parsed.</summary>
    public Task<T> TakeOldestAsync() => _inFlight.Dequeue();

    /// <summary>Waits for the work still in flight and drops it: a cancelled pass stores nothing more.</summary>
    public async Task AbandonAsync()
    {
        var pending = _inFlight.ToArray();
        _inFlight.Clear();
        await ((Task)Task.WhenAll(pending)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
