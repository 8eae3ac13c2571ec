using System.Globalization;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Serving.Explore;

/// <summary>
/// Small inline SVG bar charts of a pipeline by issue date (articles, figures, quotes found), one bar a date, with
/// each bar's date and count in its title. No script, no library.
/// </summary>
internal static class IssueDateChart
{
    private const int Width = 600;
    private const double WidestBar = 14;
    private const int Height = 60;
    private const int MaxBars = 120;

    public static void Write(Html html, string pipeline, IReadOnlyList<IssueDateCounts> counts)
    {
        if (counts.Count == 0)
        {
            html.Element("p", "数据库中还没有带日期的稿件。", ("class", "note"));
            return;
        }
        var shown = counts.TakeLast(MaxBars).ToList();
        html.Open("div", ("class", "charts"), ("data-pipeline", pipeline));
        Series(html, "每期稿件数", shown, c => c.Articles, "articles");
        Series(html, "每期找到的数字", shown, c => c.Figures, "figures");
        Series(html, "每期找到的引语", shown, c => c.Quotes, "quotes");
        html.Element("p", $"{shown[0].IssueDate} 至 {shown[^1].IssueDate}，共 {shown.Count} 期" + (counts.Count > MaxBars ? $"（最近 {MaxBars} 期）" : "") + "。", ("class", "note"));
        html.Close("div");
    }

    private static void Series(Html html, string title, List<IssueDateCounts> counts, Func<IssueDateCounts, int> value, string name)
    {
        var max = Math.Max(1, counts.Max(value));
        var step = Math.Min(WidestBar, (double)Width / counts.Count);
        html.Open("figure", ("class", "chart")).Open("figcaption").Text($"{title}（最多 {max}）").Close("figcaption");
        html.Open("svg", ("class", "chart"), ("data-series", name), ("xmlns", "http://www.w3.org/2000/svg"), ("width", Width.ToString(CultureInfo.InvariantCulture)),
            ("height", Height.ToString(CultureInfo.InvariantCulture)), ("viewBox", $"0 0 {Width} {Height}"), ("role", "img"), ("aria-label", title));
        for (var i = 0; i < counts.Count; i++)
        {
            var h = (double)value(counts[i]) / max * (Height - 2);
            html.Open("rect", ("x", N(i * step)), ("y", N(Height - h)), ("width", N(Math.Max(1, step - 1))), ("height", N(h)))
                .Element("title", $"{counts[i].IssueDate}：{value(counts[i])}").Close("rect");
        }
        html.Close("svg").Close("figure");
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
