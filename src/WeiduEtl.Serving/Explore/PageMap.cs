using System.Globalization;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Serving.Explore;

/// <summary>
/// An SVG of one printed page drawn from the stored boxes (PDF points, origin at the bottom left, so y is flipped):
/// every article and photo a link, the current article highlighted. No PDF is rendered.
/// </summary>
internal static class PageMap
{
    private const double Margin = 12;

    /// <summary>Writes the map of <paramref name="page"/>; false, writing nothing, when no box on it has a position (a text page).</summary>
    public static bool Write(Html html, IReadOnlyList<PageBox> boxes, int page, string? current)
    {
        var placed = boxes.Where(b => b.Page == page && b.Bbox is [_, _, _, _]).ToList();
        if (placed.Count == 0)
        {
            return false;
        }
        var width = placed.Max(b => b.Bbox![2]) + Margin;
        var height = placed.Max(b => b.Bbox![3]) + Margin;
        html.Open("svg", ("class", "page-map"), ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {N(width)} {N(height)}"),
            ("role", "img"), ("aria-label", $"第 {page} 版版面图"), ("data-page", page.ToString(CultureInfo.InvariantCulture)));
        foreach (var box in placed.OrderBy(b => b.Kind == "photo" ? 1 : 0))
        {
            var (x0, y0, x1, y1) = (box.Bbox![0], box.Bbox[1], box.Bbox[2], box.Bbox[3]);
            var isCurrent = box.Id == current;
            var href = box.Kind == "article" ? ExplorePage.ArticleUrl(box.Id) : null;
            if (href is not null)
            {
                html.Open("a", ("href", href));
            }
            html.Open("rect", ("x", N(x0)), ("y", N(height - y1)), ("width", N(Math.Max(1, x1 - x0))), ("height", N(Math.Max(1, y1 - y0))),
                ("class", box.Kind == "photo" ? "photo" : isCurrent ? "article current" : "article"), ("data-id", box.Id),
                ("aria-current", isCurrent ? "true" : null));
            html.Element("title", box.Label ?? (box.Kind == "photo" ? "图片" : "（无标题）")).Close("rect");
            if (href is not null)
            {
                html.Close("a");
            }
        }
        html.Close("svg");
        return true;
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
