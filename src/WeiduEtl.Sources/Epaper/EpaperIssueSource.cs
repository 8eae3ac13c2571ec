using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// Pulls a newspaper's pages from its e-paper website. For each date from the first unsettled one (or
/// <c>start</c>) to today, plus <c>lookBackDays</c> of re-checks, it reads the day's index, follows the
/// links to pages whose label contains <c>pageLabel</c> and downloads their PDFs, each stamped with that
/// date. A date is settled once every page was fetched or the day had no issue; a page that fails is
/// yielded as a failure and tried again on the next pass, and a PDF the pipeline refuses on
/// <see cref="MaxRejections"/> passes is skipped until it changes. Conditional GETs make an unchanged page cost
/// one 304 and yield nothing.
/// </summary>
public sealed class EpaperIssueSource : IIssueSource, IDisposable
{
    /// <summary>The named HttpClient the source uses; configured in AddWeiduSources.</summary>
    public const string HttpClientName = "WeiduEtl.Epaper";

    private readonly IStoreFactory _stores;
    private readonly TimeProvider _time;
    private readonly ILogger<EpaperIssueSource> _logger;
    private readonly HostResiliencePipelines _pipelines;
    private readonly HttpDownloader _downloader;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _rejected = new(StringComparer.Ordinal);

    public EpaperIssueSource(
        IHttpClientFactory httpClients,
        IStoreFactory stores,
        TimeProvider time,
        EpaperResilienceTuning tuning,
        ILogger<EpaperIssueSource> logger)
    {
        _stores = stores;
        _time = time;
        _logger = logger;
        _pipelines = new HostResiliencePipelines(tuning, time, logger);
        _downloader = new HttpDownloader(httpClients, _pipelines, time, HttpClientName);
    }

    /// <summary>Passes that may refuse one version of a PDF before the source stops offering that version.</summary>
    public const int MaxRejections = 3;

    public string Type => "epaper";

    /// <summary>A URL is marked as had when the pass resumes the fetch loop; see <see cref="RejectAsync"/>.</summary>
    public bool SettlesEachDocumentOnResume => true;

    /// <summary>Marks a yielded PDF as not had: its fetch state is not written and its day stays open, so the next pass fetches it again.</summary>
    public Task RejectAsync(PipelineOptions pipeline, string sourceUri, CancellationToken cancellationToken)
    {
        _rejected[sourceUri] = true;
        return Task.CompletedTask;
    }

    public IEnumerable<string> Validate(PipelineOptions pipeline, string baseDirectory) => EpaperOptionsValidator.Validate(pipeline.Source);

    public async IAsyncEnumerable<FetchedDocument> FetchAsync(PipelineOptions pipeline, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = EpaperSettings.From(pipeline);
        var state = new EpaperFetchState(_stores.FetchState(pipeline.Database), pipeline.Name, readOnly: false);
        var window = await WindowAsync(settings, state, cancellationToken);
        _logger.LogInformation("E-paper pass of {Pipeline}: dates {From:yyyy-MM-dd}..{To:yyyy-MM-dd}, re-checking from {Recheck:yyyy-MM-dd}",
            pipeline.Name, window.From, window.To, window.RecheckFrom);
        if (window.IsEmpty)
        {
            yield break;
        }
        await state.InitialiseAsync(window.From, cancellationToken);

        var pass = new EpaperPass(settings, _downloader, state);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in window.Dates())
        {
            var settled = await state.DayAsync(date, cancellationToken) is not null;
            if (!window.ShouldVisit(date, settled))
            {
                continue;
            }
            var day = await pass.DiscoverAsync(date, cancellationToken);
            var complete = day.Kind != DayKind.Unreachable && day.Failures.Count == 0;
            foreach (var failure in day.Failures)
            {
                yield return failure;
            }
            foreach (var target in day.Pdfs.Where(p => taken.Add(p.PdfUrl)))
            {
                var (fetched, remember) = await pass.DownloadAsync(target, cancellationToken);
                if (fetched?.Document is { } document && await state.RejectionsAsync(target.PdfUrl, document.Sha256, cancellationToken) >= MaxRejections)
                {
                    // Offered and refused on every pass: remember this version so the next pass costs one 304.
                    _logger.LogWarning("E-paper PDF {Url} of {Pipeline} could not be used on {Count} passes; this version is skipped until the publisher changes it (see the earlier failures in the run ledger)",
                        target.PdfUrl, pipeline.Name, MaxRejections);
                    if (remember is not null)
                    {
                        await state.SetUrlAsync(target.PdfUrl, remember, cancellationToken);
                    }
                    continue;
                }
                if (fetched is not null)
                {
                    complete &= fetched.Document is not null;
                    yield return fetched;
                }
                if (_rejected.TryRemove(target.PdfUrl, out _))
                {
                    // The pipeline could not store it: neither the URL nor the day counts as had.
                    complete = false;
                    if (fetched?.Document is { } refused)
                    {
                        await state.CountRejectionAsync(target.PdfUrl, refused.Sha256, cancellationToken);
                    }
                }
                // Only now, with the document handed over, is it safe to say this version is had.
                else if (remember is not null)
                {
                    await state.SetUrlAsync(target.PdfUrl, remember, cancellationToken);
                }
            }
            if (complete)
            {
                await state.SettleAsync(date, day.Kind == DayKind.NoIssue ? "none" : "issue", window.From, cancellationToken);
            }
            else
            {
                _logger.LogWarning("E-paper date {Date:yyyy-MM-dd} of {Pipeline} stays open: some of it could not be fetched; the next pass tries again", date, pipeline.Name);
            }
        }
    }

    public async IAsyncEnumerable<string> DescribePlanAsync(PipelineOptions pipeline, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = EpaperSettings.From(pipeline);
        var state = new EpaperFetchState(_stores.FetchState(pipeline.Database), pipeline.Name, readOnly: true);
        var window = await WindowAsync(settings, state, cancellationToken);
        if (window.IsEmpty)
        {
            yield return $"nothing to fetch: start {window.From:yyyy-MM-dd} is after today {window.To:yyyy-MM-dd}";
            yield break;
        }
        yield return $"dates {window.From:yyyy-MM-dd}..{window.To:yyyy-MM-dd} ({window.DayCount} days); settled dates from {window.RecheckFrom:yyyy-MM-dd} are checked again; PDFs are listed, not downloaded";

        var pass = new EpaperPass(settings, _downloader, state);
        var skipped = 0;
        foreach (var date in window.Dates())
        {
            if (!window.ShouldVisit(date, await state.DayAsync(date, cancellationToken) is not null))
            {
                skipped++;
                continue;
            }
            var day = await pass.DiscoverAsync(date, cancellationToken);
            foreach (var line in await DescribeDayAsync(day, state, cancellationToken))
            {
                yield return line;
            }
        }
        if (skipped > 0)
        {
            yield return $"{skipped} settled dates before {window.RecheckFrom:yyyy-MM-dd} skipped without a request";
        }
    }

    public void Dispose() => _pipelines.Dispose();

    private async Task<FetchWindow> WindowAsync(EpaperSettings settings, EpaperFetchState state, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        return FetchWindow.Compute(
            today,
            settings.Start,
            settings.LookBackDays,
            await state.SettledThroughAsync(cancellationToken),
            await state.LastSettledAsync(cancellationToken));
    }

    private static async Task<List<string>> DescribeDayAsync(DayPlan day, EpaperFetchState state, CancellationToken cancellationToken)
    {
        var date = day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var lines = new List<string> { $"{date} GET {day.IndexUrl}{(day.Note is null ? "" : $"  -> no issue: {day.Note}")}" };
        foreach (var page in day.Pages.Where(p => p.Url != day.IndexUrl || p.Label.Length > 0))
        {
            lines.Add($"{date}   GET {page.Url}  [{page.Label}]");
        }
        foreach (var pdf in day.Pdfs)
        {
            var known = await state.UrlAsync(pdf.PdfUrl, cancellationToken);
            lines.Add($"{date}     GET {pdf.PdfUrl}{(known?.HasValidators == true ? "  (conditional)" : "")}");
        }
        lines.AddRange(day.Failures.Select(f => $"{date}   cannot fetch: {f.Error}"));
        return lines;
    }
}
