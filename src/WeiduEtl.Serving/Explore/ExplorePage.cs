using Microsoft.AspNetCore.Http;

namespace WeiduEtl.Serving.Explore;

/// <summary>The frame of every explore page: zh-CN, no script, the search box, and a footer naming the database state read.</summary>
internal static class ExplorePage
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.7;max-width:72rem;margin:0 auto;padding:1rem 1.5rem;color:#1a1a1a}
        header{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;border-bottom:2px solid #8b0000;padding-bottom:.5rem}
        header a.home{font-weight:bold;color:#8b0000;text-decoration:none}form.search{display:flex;gap:.4rem;flex:1}
        form.search input[type=search]{flex:1;font-size:1rem;padding:.3rem .5rem}h1{font-size:1.5rem;margin:.8rem 0 .3rem}
        mark{background:#ffe26a;padding:0 .1em}.note{color:#555}.bad{color:#a00000}footer{margin-top:3rem;color:#666;font-size:.85rem;border-top:1px solid #ddd;padding-top:.5rem}
        .layout{display:grid;grid-template-columns:14rem 1fr;gap:1.5rem}@media (max-width:50rem){.layout{grid-template-columns:1fr}}
        .facets h2{font-size:1rem;margin:.8rem 0 .2rem}.facets ul{list-style:none;padding:0;margin:0}.facets li{font-size:.9rem}.facets .on{font-weight:bold}
        ol.results{padding-left:1.5rem}ol.results li{margin-bottom:1rem}.meta{color:#666;font-size:.85rem}
        nav.pages{display:flex;gap:1rem;margin:1rem 0}
        .article-layout{display:grid;grid-template-columns:1fr 18rem;gap:2rem}@media (max-width:60rem){.article-layout{grid-template-columns:1fr}}
        .body p{margin:.2rem 0 .8rem}.kicker,.subheadline{color:#555}.byline{color:#333}
        a.mark{text-decoration:none;border-bottom:2px solid;color:inherit}a.figure{border-color:#1f6fb2;background:#e8f1fa}a.date{border-color:#2e8b57;background:#eaf6ef}
        a.person{border-color:#8b0000;background:#fbeaea}a.organisation,a.place{border-color:#777;background:#f2f2f2}span.quote{background:#fff6d6}
        table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top;font-size:.9rem}
        th{background:#f3f3f3}svg.page-map{width:100%;height:auto;border:1px solid #999;background:#fafafa}
        svg.page-map rect{fill:#dde6ee;stroke:#567;stroke-width:1}svg.page-map rect.photo{fill:#eee2cc}svg.page-map rect.current{fill:#ffcf40;stroke:#8b0000;stroke-width:3}
        svg.page-map a:hover rect{fill:#b9cde0}figure.photo{margin:0 0 1rem}figcaption{font-size:.9rem;color:#444}
        svg.chart{display:block;margin:.2rem 0 .6rem}svg.chart rect{fill:#8b0000}
        """;

    public static Html Start(string title, string? searched = null)
    {
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Element("title", $"{title} · WeiduEtl").Raw("\n<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n");
        html.Open("header").Link("/", "报纸开放数据").Raw(" ");
        html.Open("form", ("class", "search"), ("action", "/search"), ("method", "get"), ("role", "search"))
            .Open("input", ("type", "search"), ("name", "q"), ("value", searched ?? ""), ("placeholder", "搜索标题和正文，如：集成电路"), ("aria-label", "搜索"), ("maxlength", "200"))
            .Element("button", "搜索", ("type", "submit")).Close("form").Close("header");
        return html;
    }

    public static IResult End(HttpContext http, Html html, string state, int status = StatusCodes.Status200OK)
    {
        html.Open("footer").Text("只读。数据来自 ").Text(state).Text("。").Close("footer").Raw("\n</body>\n</html>\n");
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Text(html.ToString(), ContentTypes.Html, statusCode: status);
    }

    /// <summary>A page saying what was not found or was wrong, with the status to answer.</summary>
    public static IResult Problem(HttpContext http, string title, string message, string state, int status)
    {
        var html = Start(title);
        html.Element("h1", title).Element("p", message, ("class", "bad"));
        return End(http, html, state, status);
    }

    public static string PersonUrl(string name) => "/people/" + Uri.EscapeDataString(name);

    public static string ArticleUrl(string id) => "/articles/" + Uri.EscapeDataString(id);

    public static string IssueUrl(string id) => "/issues/" + Uri.EscapeDataString(id);
}
