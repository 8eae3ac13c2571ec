using System.Text.RegularExpressions;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// One pass over an e-paper site: reads each date's index and the pages whose label matches, finds
/// their PDFs and downloads them. HTML read once in a pass is not read again; an unchanged page (304)
/// answers with the links remembered from when it last changed.
/// </summary>
internal sealed class EpaperPass(EpaperSettings settings, HttpDownloader downloader, EpaperFetchState state)
{
    private readonly Dictionary<string, LinksResult> _html = new(StringComparer.Ordinal);

    public async Task<DayPlan> DiscoverAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var indexUrl = settings.Index.For(date).AbsoluteUri;
        var index = await LinksAsync(indexUrl, cancellationToken);
        switch (index.Status)
        {
            case DownloadStatus.NotFound:
                return DayPlan.NoIssue(date, indexUrl, "the index is not there (404)");
            case DownloadStatus.Failed:
                return DayPlan.Unreachable(date, indexUrl, index.Error!);
        }
        if (index.RedirectedTo is { } elsewhere)
        {
            // Sites send a missing day to their front page, whose pages belong to another date.
            return DayPlan.NoIssue(date, indexUrl, $"the index redirects to {elsewhere}");
        }

        IReadOnlyList<PageLink> pages;
        if (settings.PageLinks is null)
        {
            pages = [new PageLink(indexUrl, "")];
        }
        else
        {
            var linked = index.Links.Where(l => Matches(settings.PageLinks, l.Url)).ToList();
            if (linked.Count == 0)
            {
                return DayPlan.NoIssue(date, indexUrl, "the index links to no page matching pageLinks");
            }
            pages = [.. linked.Where(l => settings.LabelMatches(l.Label))];
        }

        var pdfs = new List<PdfTarget>();
        var failures = new List<FetchedDocument>();
        foreach (var page in pages)
        {
            var html = await LinksAsync(page.Url, cancellationToken);
            if (html.Status == DownloadStatus.NotFound)
            {
                failures.Add(FetchedDocument.Failed(page.Url, $"GET {page.Url}: 404, though the index {indexUrl} links to it"));
                continue;
            }
            if (html.Status == DownloadStatus.Failed)
            {
                failures.Add(FetchedDocument.Failed(page.Url, html.Error!));
                continue;
            }
            if (html.RedirectedTo is { } pageMovedTo)
            {
                failures.Add(FetchedDocument.Failed(page.Url, $"GET {page.Url}: redirects to {pageMovedTo}, not to the page the index links to"));
                continue;
            }
            var found = html.Links.Where(l => Matches(settings.PdfLinks, l.Url)).Select(l => l.Url).Distinct(StringComparer.Ordinal).ToList();
            if (found.Count == 0)
            {
                failures.Add(FetchedDocument.Failed(page.Url, $"page {page.Url} ({page.Label}) has no link matching pdfLinks '{settings.PdfLinks}'"));
            }
            pdfs.AddRange(found.Select(pdf => new PdfTarget(date, page.Url, page.Label, pdf)));
        }
        return new DayPlan(date, indexUrl, DayKind.Issue, pages, pdfs, failures);
    }

    /// <summary>
    /// The PDF as a document to yield (null when unchanged), and what to remember about its URL once the
    /// pipeline has taken it (null when nothing changed).
    /// </summary>
    public async Task<(FetchedDocument? Fetched, UrlState? Remember)> DownloadAsync(PdfTarget target, CancellationToken cancellationToken)
    {
        var known = await state.UrlAsync(target.PdfUrl, cancellationToken);
        var result = await downloader.GetAsync(settings, new Uri(target.PdfUrl), known?.HasValidators == true ? known : null, DownloadKind.Pdf, cancellationToken);
        switch (result.Status)
        {
            case DownloadStatus.NotModified:
                return (null, null);
            case DownloadStatus.NotFound:
                return (FetchedDocument.Failed(target.PdfUrl, $"GET {target.PdfUrl}: 404, though page {target.PageUrl} links to it"), null);
            case DownloadStatus.Failed:
                return (FetchedDocument.Failed(target.PdfUrl, result.Error!), null);
        }
        var response = result.Response!;
        var document = new SourceDocument(target.PdfUrl, response.Body!, MediaTypes.Pdf, target.Date);
        var remember = new UrlState(response.ETag, response.LastModified, document.Sha256);
        // A server without validators sends the same bytes again; that is not news.
        return known?.Sha256 == document.Sha256 ? (null, remember) : (FetchedDocument.Ok(document), remember);
    }

    private async Task<LinksResult> LinksAsync(string url, CancellationToken cancellationToken)
    {
        if (_html.TryGetValue(url, out var seen))
        {
            return seen;
        }
        var known = await state.UrlAsync(url, cancellationToken);
        var usable = known is { Links: not null } && known.LinkFingerprint == settings.LinkFingerprint && known.HasValidators ? known : null;
        var result = await downloader.GetAsync(settings, new Uri(url), usable, DownloadKind.Html, cancellationToken);
        var links = result.Status switch
        {
            DownloadStatus.Ok => await ReadLinksAsync(url, result.Response!, cancellationToken),
            DownloadStatus.NotModified when usable is not null => new LinksResult(DownloadStatus.Ok, usable.Links!, null),
            DownloadStatus.NotModified => new LinksResult(DownloadStatus.Failed, [], $"GET {url}: 304 to an unconditional request"),
            _ => new LinksResult(result.Status, [], result.Error),
        };
        _html[url] = links;
        return links;
    }

    private async Task<LinksResult> ReadLinksAsync(string url, HttpAttempt response, CancellationToken cancellationToken)
    {
        if (response.FinalUrl.AbsolutePath != new Uri(url).AbsolutePath)
        {
            return new LinksResult(DownloadStatus.Ok, [], null, response.FinalUrl.AbsoluteUri);
        }
        var html = HtmlDecoding.Decode(response.Body!, response.Charset);
        var links = LinkExtractor.Extract(html, response.FinalUrl)
            .Where(l => (settings.PageLinks is { } pages && Matches(pages, l.Url)) || Matches(settings.PdfLinks, l.Url))
            .ToList();
        // Saved at once: a 304 next time needs these links, whatever happens to the PDFs.
        await state.SetUrlAsync(url, new UrlState(response.ETag, response.LastModified, null, settings.LinkFingerprint, links), cancellationToken);
        return new LinksResult(DownloadStatus.Ok, links, null);
    }

    private static bool Matches(Regex pattern, string url)
    {
        try
        {
            return pattern.IsMatch(url);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
