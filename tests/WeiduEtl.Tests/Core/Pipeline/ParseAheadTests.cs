using WeiduEtl.Core.Pipeline;

namespace WeiduEtl.Tests.Core.Pipeline;

public sealed class ParseAheadTests
{
    [Fact]
    public async Task TakeOldest_LaterWorkFinishingFirst_StillComesBackInTheOrderStarted()
    {
        var ahead = new ParseAhead<string>(width: 3);
        using var firstMayFinish = new ManualResetEventSlim();
        ahead.Start(() =>
        {
            firstMayFinish.Wait(TimeSpan.FromSeconds(10));
            return "page 1";
        }, 10);
        ahead.Add("page 2 (unchanged)");
        ahead.Start(() => "page 3", 10);

        var oldest = ahead.TakeOldestAsync();
        firstMayFinish.Set();

        Assert.Equal("page 1", await oldest);
        Assert.Equal("page 2 (unchanged)", await ahead.TakeOldestAsync());
        Assert.Equal("page 3", await ahead.TakeOldestAsync());
        Assert.Equal(0, ahead.Count);
    }

    [Fact]
    public void IsFull_AtItsWidth_AndWidthIsAtLeastOne()
    {
        var ahead = new ParseAhead<int>(width: 2);
        ahead.Add(1);
        Assert.False(ahead.IsFull);
        ahead.Add(2);
        Assert.True(ahead.IsFull);
        Assert.Equal(1, new ParseAhead<int>(width: 0).Width);
    }

    [Fact]
    public async Task IsFull_AtItsBytesWhateverItsWidth_UntilTheLargeDocumentIsTaken()
    {
        var ahead = new ParseAhead<int>(width: 40);
        ahead.Start(() => 1, ParseAhead<int>.MaxBytes - 1);
        Assert.False(ahead.IsFull);
        ahead.Start(() => 2, 1);
        Assert.True(ahead.IsFull);

        Assert.Equal(1, await ahead.TakeOldestAsync());

        Assert.False(ahead.IsFull);
    }

    [Fact]
    public void Width_ByDefault_HoldsAStoreBatchAndADocumentACore()
    {
        // One a core left the cores idle while each batch was stored: the next batch must be parsing meanwhile.
        Assert.InRange(new ParseAhead<int>().Width, StoreBatch.DefaultCapacity + 1, StoreBatch.DefaultCapacity + 4);
    }

    [Fact]
    public async Task AbandonAsync_WaitsForWorkInFlightAndSwallowsItsFailure()
    {
        var ahead = new ParseAhead<int>(width: 2);
        var finished = 0;
        ahead.Start(() =>
        {
            Thread.Sleep(50);
            Interlocked.Increment(ref finished);
            return 1;
        }, 10);
        ahead.Start(() => throw new InvalidOperationException("a parser bug"), 10);

        await ahead.AbandonAsync();

        Assert.Equal(1, finished);
        Assert.Equal(0, ahead.Count);
    }

    [Fact]
    public async Task Start_ManyDocumentsInTheWindowAndIdleThreads_ParsesNoMoreAtOnceThanItsCores()
    {
        // A busy process has more pool threads than cores (and the pool adds some to a queue of long work): each parse
        // holds a PDF's working state, so the window must not run them all at once.
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(32, ports);
        try
        {
            var ahead = new ParseAhead<int>(width: 40);
            var running = 0;
            var most = 0;
            for (var i = 0; i < 16; i++)
            {
                ahead.Start(() =>
                {
                    InterlockedMax(ref most, Interlocked.Increment(ref running));
                    Thread.Sleep(50);
                    Interlocked.Decrement(ref running);
                    return 1;
                }, 10);
            }

            while (ahead.Count > 0)
            {
                await ahead.TakeOldestAsync();
            }

            Assert.InRange(most, 1, Math.Min(Environment.ProcessorCount, 4));
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, ports);
        }
    }

    private static void InterlockedMax(ref int most, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, value, seen) != seen)
        {
        }
    }
}
