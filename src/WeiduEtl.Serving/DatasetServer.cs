using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.ObjectStorage;
using WeiduEtl.Serving.Explore;
using WeiduEtl.Storage;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Serving;

/// <summary>
/// The download server (Kestrel, minimal API): serves every pipeline's output folder read-only.
/// <list type="bullet">
/// <item>GET / — the page for people; GET /datasets and /datasets/{pipeline} — the JSON catalogue;</item>
/// <item>GET|HEAD /datasets/{pipeline}/latest.json, /latest/{file} and /snapshots/{id}/{file} — the files;</item>
/// <item>GET /search, /articles/{id}, /issues/{id}, /people/{name} — exploring the data, with JSON under /api/ for each;</item>
/// <item>GET /healthz (see <see cref="HealthRules"/>) and GET /metrics (Prometheus text).</item>
/// </list>
/// Nothing outside a snapshot folder is reachable: see <see cref="SafePath"/>.
/// </summary>
public static class DatasetServer
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Builds (does not start) the server for <paramref name="pipelines"/>, by default every enabled one.</summary>
    /// <param name="urls">Kestrel URLs, separated by ';'. Port 0 picks a free port; see <see cref="Addresses"/>.</param>
    /// <param name="logging">The host's logging setup, so the server logs where and how the rest of the process does.</param>
    public static WebApplication Build(EtlConfig config, string urls, Action<ILoggingBuilder> logging, IReadOnlyList<PipelineOptions>? pipelines = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = config.BaseDirectory,
            ApplicationName = "weidu-etl",
        });
        logging(builder.Logging);
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Services.AddSingleton<IHostLifetime, HostOwnedLifetime>();
        builder.Services.AddSingleton(config);
        builder.Services.TryAddSingleton(time ?? TimeProvider.System);
        builder.Services.AddWeiduStorage();
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/csv", "image/svg+xml"];
        });
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        var datasets = new ServedDatasets(pipelines ?? [.. config.Pipelines.Where(p => p.Enabled)], new ObjectStores(LoggerFactory.Create(logging)));
        builder.Services.AddSingleton(datasets);
        builder.Services.AddSingleton(sp => new RunHistory(sp.GetRequiredService<Core.Ports.IStoreFactory>()));
        builder.Services.AddSingleton(sp => new ExploreData(datasets, sp.GetRequiredService<IArticleReaders>()));

        var app = builder.Build();
        app.Use(WeakenETagWhenCompressed);
        app.Use(new DownloadFailures(app.Services.GetRequiredService<ILogger<DownloadFailures>>()).AnswerAsync);
        app.UseResponseCompression();
        Map(app, datasets);
        return app;
    }

    /// <summary>
    /// For the scheduled service: serves the enabled pipelines on <c>config.Serve.Urls</c> while the host
    /// runs. Does nothing when pipelines.json has no "serve" section.
    /// </summary>
    public static IServiceCollection AddDatasetServer(this IServiceCollection services, EtlConfig config, Action<ILoggingBuilder> logging)
    {
        if (config.Serve is { } serve)
        {
            services.AddHostedService(sp => new DatasetServerService(config, string.IsNullOrWhiteSpace(serve.Urls) ? DefaultUrls : serve.Urls, logging,
                sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILogger<DatasetServerService>>()));
        }
        return services;
    }

    /// <summary>The addresses Kestrel listens on once started, with the real port when 0 was asked for.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    private static void Map(WebApplication app, ServedDatasets datasets)
    {
        var history = app.Services.GetRequiredService<RunHistory>();
        var time = app.Services.GetRequiredService<TimeProvider>();
        var files = new FileEndpoint(datasets);
        var catalogue = new CatalogEndpoint(datasets);
        var explore = app.Services.GetRequiredService<ExploreData>();
        var page = new IndexPage(datasets, history, explore);
        var search = new SearchEndpoint(explore);
        var articles = new ArticlePage(explore);
        var issues = new IssuePage(explore);
        var people = new PersonPage(explore);
        var health = new HealthEndpoint(datasets, history, time);
        var metrics = new MetricsEndpoint(datasets, history);

        app.MapGet("/", (HttpContext http, CancellationToken ct) => page.RenderAsync(http, ct));
        app.MapGet("/datasets", (HttpContext http) => catalogue.All(http));
        app.MapGet("/datasets/{pipeline}", (HttpContext http, string pipeline) => catalogue.One(http, pipeline));
        app.MapMethods("/datasets/{pipeline}/latest.json", GetOrHead, (HttpContext http, string pipeline, CancellationToken ct) => files.PointerAsync(http, datasets.Find(pipeline), ct));
        app.MapMethods("/datasets/{pipeline}/latest/{**file}", GetOrHead,
            (HttpContext http, string pipeline, string? file, CancellationToken ct) => files.LatestAsync(http, pipeline, file, ct));
        app.MapMethods("/datasets/{pipeline}/snapshots/{id}/{**file}", GetOrHead,
            (HttpContext http, string pipeline, string id, string? file, CancellationToken ct) => files.SnapshotAsync(http, pipeline, id, file, ct));
        app.MapGet("/search", (HttpContext http, CancellationToken ct) => search.PageAsync(http, ct));
        app.MapGet("/api/articles", (HttpContext http, CancellationToken ct) => search.ApiAsync(http, ct));
        app.MapGet("/articles/{id}", (HttpContext http, string id, CancellationToken ct) => articles.PageAsync(http, id, ct));
        app.MapGet("/api/articles/{id}", (HttpContext http, string id, CancellationToken ct) => articles.ApiAsync(http, id, ct));
        app.MapGet("/issues/{id}", (HttpContext http, string id, CancellationToken ct) => issues.PageAsync(http, id, ct));
        app.MapGet("/api/issues/{id}", (HttpContext http, string id, CancellationToken ct) => issues.ApiAsync(http, id, ct));
        app.MapGet("/people/{name}", (HttpContext http, string name, CancellationToken ct) => people.PageAsync(http, name, ct));
        app.MapGet("/api/people/{name}", (HttpContext http, string name, CancellationToken ct) => people.ApiAsync(http, name, ct));
        app.MapGet("/healthz", (HttpContext http, CancellationToken ct) => health.CheckAsync(http, ct));
        app.MapGet("/metrics", (HttpContext http, CancellationToken ct) => metrics.ScrapeAsync(http, ct));
    }

    /// <summary>
    /// A compressed body is another representation of the file, so its ETag becomes weak (as nginx does).
    /// If-None-Match compares weakly, so a client sending it back still gets 304.
    /// </summary>
    private static Task WeakenETagWhenCompressed(HttpContext http, RequestDelegate next)
    {
        http.Response.OnStarting(() =>
        {
            var etag = http.Response.Headers.ETag.ToString();
            if (http.Response.Headers.ContentEncoding.Count > 0 && etag.StartsWith('"'))
            {
                http.Response.Headers.ETag = "W/" + etag;
            }
            return Task.CompletedTask;
        });
        return next(http);
    }
}
