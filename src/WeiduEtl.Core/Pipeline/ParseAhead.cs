namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Parses documents ahead on the thread pool while a pass stores the oldest ones. Pages are independent, so parsing
/// uses every core; storing stays one transaction at a time, in the order the source gave the documents. The window
/// is a whole store batch wide plus a document a core, so the cores go on parsing the next batch while one is stored;
/// it holds at most <see cref="Width"/> documents and about <see cref="MaxBytes"/> of their source bytes, and parses one a
/// core at a time.
/// </summary>
/// <typeparam name="T">What one document's work gives: its rows, or why it failed.</typeparam>
public sealed class ParseAhead<T>(int? width = null)
{
    /// <summary>Documents parsed at once whatever the core count: each holds its bytes and a parser's working state.</summary>
    private const int MaxCores = 4;

    private static readonly int Cores = Math.Min(Environment.ProcessorCount, MaxCores);

    /// <summary>Source bytes the window holds at most (a few large PDFs), as a store batch does.</summary>
    public const long MaxBytes = 32L << 20;

    private readonly Queue<(Task<T> Work, long Bytes)> _inFlight = new();
    // One parse a core at most: the thread pool would add threads to a long queue of parses, each holding a PDF's
    // working state (a run over 488 PDF pages peaked at 621 MB instead of 227).
    private readonly TaskScheduler _parsers =
        new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Cores).ConcurrentScheduler;
    private long _bytes;

    /// <summary>
    /// How many documents may be in the window: by default a store batch and one a core (up to <see cref="MaxCores"/>).
    /// A window of one a core left the cores idle while each batch was stored, the pass waiting for the store and the
    /// store for the pass: a first run over 5,000 text pages kept 0.8 of two cores busy.
    /// </summary>
    public int Width { get; } = Math.Max(1, width ?? StoreBatch.DefaultCapacity + Cores);

    /// <summary>Documents queued and not yet taken.</summary>
    public int Count => _inFlight.Count;

    /// <summary>True when the pass must take the oldest result before queueing another document.</summary>
    public bool IsFull => _inFlight.Count >= Width || _bytes >= MaxBytes;

    /// <summary>Queues work whose result is already known (a document that needs no parsing).</summary>
    public void Add(T done) => _inFlight.Enqueue((Task.FromResult(done), 0));

    /// <summary>Starts CPU-bound work on the thread pool; it must report its own failures in <typeparamref name="T"/>.</summary>
    /// <param name="bytes">The size of the document it parses, held until the result is taken.</param>
    public void Start(Func<T> work, long bytes)
    {
        _inFlight.Enqueue((Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, _parsers), bytes));
        _bytes += bytes;
    }

    /// <summary>The oldest document's result, waiting for it when it is still being parsed.</summary>
    public Task<T> TakeOldestAsync()
    {
        var (work, bytes) = _inFlight.Dequeue();
        _bytes -= bytes;
        return work;
    }

    /// <summary>Waits for the work still in flight and drops it: a cancelled pass stores nothing more.</summary>
    public async Task AbandonAsync()
    {
        var pending = _inFlight.Select(w => w.Work).ToArray();
        _inFlight.Clear();
        _bytes = 0;
        await ((Task)Task.WhenAll(pending)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
