using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Sources.Epaper;
using WeiduEtl.TestSupport.Epaper;

namespace WeiduEtl.Tests.Sources.Epaper;

/// <summary>The fake site on a real 127.0.0.1 server, and an e-paper source pointed at it with short timeouts.</summary>
public sealed class EpaperHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 11, 26, 4, 0, 0, TimeSpan.Zero);

    private readonly TestHttpClientFactory _clients = new();

    public EpaperHarness(IFetchStateStore? state = null, EpaperResilienceTuning? tuning = null)
    {
        Server = new TestHttpServer(request => Site.Handle(request));
        State = state ?? new InMemoryFetchStateStore();
        Source = new EpaperIssueSource(_clients, new FetchStateOnlyStores(State), Clock, tuning ?? FastTuning, NullLogger<EpaperIssueSource>.Instance);
        Pipeline = new PipelineOptions
        {
            Name = "weidu",
            Publication = "许昌日报",
            Database = Path.Combine(Path.GetTempPath(), $"weidu-epaper-{Guid.NewGuid():N}.db"),
            Source = new SourceOptions
            {
                Type = "epaper",
                Index = Server.BaseUri.AbsoluteUri + FakeEpaperSite.IndexTemplate,
                PageLinks = @"node_\d+\.htm$",
                PageLabel = "魏都",
                PdfLinks = @"_pdf\.pdf$",
                Start = "2026-11-23",
                LookBackDays = 7,
                RequestsPerSecond = 50,
                UserAgent = "WeiduEtl-Test/1.0 (+tests)",
                MaxDownloadBytes = 1_000_000,
                // Long enough that a busy CI machine never times out a healthy request (a retry would add one to
                // the request counts the tests check); the slow-body fault still outlasts it.
                RequestTimeoutSeconds = 3,
                DocumentTimeoutSeconds = 15,
                MaxRetries = 3,
            },
        };
    }

    /// <summary>Backoffs of milliseconds, and a circuit that does not open unless a test asks.</summary>
    public static EpaperResilienceTuning FastTuning { get; } = new()
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromSeconds(3),
        BreakerMinimumThroughput = 1000,
    };

    public FakeEpaperSite Site { get; } = new();

    public TestHttpServer Server { get; }

    public IFetchStateStore State { get; }

    public FixedDateTimeProvider Clock { get; } = new(Today);

    public EpaperIssueSource Source { get; }

    public PipelineOptions Pipeline { get; }

    public async Task<List<FetchedDocument>> RunPassAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var fetched = new List<FetchedDocument>();
        await foreach (var document in Source.FetchAsync(Pipeline, timeout.Token))
        {
            fetched.Add(document);
        }
        return fetched;
    }

    public async Task<List<string>> PlanAsync()
    {
        var lines = new List<string>();
        await foreach (var line in Source.DescribePlanAsync(Pipeline, CancellationToken.None))
        {
            lines.Add(line);
        }
        return lines;
    }

    public string Url(string path) => new Uri(Server.BaseUri, path).AbsoluteUri;

    public IEnumerable<LoggedRequest> RequestsFor(string path) => Server.Log.Where(r => r.Request.Path == path);

    public async ValueTask DisposeAsync()
    {
        Source.Dispose();
        await Server.DisposeAsync();
        _clients.Dispose();
        // Pooled connections keep the WAL side files open; release them so the database leaves nothing behind.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Pipeline.Database, Pipeline.Database + "-wal", Pipeline.Database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
