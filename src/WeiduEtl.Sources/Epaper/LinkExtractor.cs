using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// Reads the links of an e-paper page with a real HTML parser: &lt;a&gt; and image-map &lt;area&gt;
/// elements, resolved against the page's URL (or its &lt;base href&gt;), http and https only, each with
/// its label. Several links to one URL (a text link and an image map) merge their labels.
/// </summary>
public static class LinkExtractor
{
    public static IReadOnlyList<PageLink> Extract(string html, Uri pageUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        var baseUrl = pageUrl;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref
            && Uri.TryCreate(pageUrl, baseHref.Trim(), out var declaredBase))
        {
            baseUrl = declaredBase;
        }

        var labels = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var element in document.QuerySelectorAll("a[href], area[href]"))
        {
            if (Resolve(baseUrl, element.GetAttribute("href")) is not { } url)
            {
                continue;
            }
            if (!labels.TryGetValue(url, out var list))
            {
                labels[url] = list = [];
                order.Add(url);
            }
            var label = LabelOf(element);
            if (label.Length > 0 && !list.Contains(label, StringComparer.Ordinal))
            {
                list.Add(label);
            }
        }
        return [.. order.Select(url => new PageLink(url, string.Join(" ", labels[url])))];
    }

    private static string? Resolve(Uri baseUrl, string? href)
    {
        var text = href?.Trim();
        if (string.IsNullOrEmpty(text) || text.StartsWith('#'))
        {
            return null;
        }
        if (!Uri.TryCreate(baseUrl, text, out var url) || !HttpUris.IsHttp(url))
        {
            return null;
        }
        var absolute = url.AbsoluteUri;
        return url.Fragment.Length > 0 ? absolute[..^url.Fragment.Length] : absolute;
    }

    private static string LabelOf(IElement element)
    {
        var parts = new[]
        {
            element.TextContent,
            element.GetAttribute("title"),
            element.GetAttribute("alt"),
            string.Join(" ", element.QuerySelectorAll("img[alt]").Select(img => img.GetAttribute("alt"))),
        };
        return Collapse(string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p))));
    }

    private static string Collapse(string text) =>
        string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
