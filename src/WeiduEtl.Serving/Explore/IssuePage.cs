using Microsoft.AspNetCore.Http;

namespace WeiduEtl.Serving.Explore;

/// <summary>GET /issues/{id} and /api/issues/{id}: every page's map with all items clickable, and the items in order.</summary>
internal sealed class IssuePage(ExploreData data)
{
    public async Task<IResult> ApiAsync(HttpContext http, string id, CancellationToken cancellationToken)
    {
        var found = await data.IssueAsync(id, cancellationToken);
        return found is null
            ? ExploreJson.Problem(http, $"no issue {id} in the served pipelines", StatusCodes.Status404NotFound)
            : ExploreJson.Answer(http, new { found.Issue, found.Articles, found.Photos, page_boxes = found.PageBoxes, database_state = await data.StateAsync(cancellationToken) });
    }

    public async Task<IResult> PageAsync(HttpContext http, string id, CancellationToken cancellationToken)
    {
        var state = await data.StateAsync(cancellationToken);
        if (await data.IssueAsync(id, cancellationToken) is not { } found)
        {
            return ExplorePage.Problem(http, "没有这一期", $"没有编号为 {id} 的版面。", state, StatusCodes.Status404NotFound);
        }
        var issue = found.Issue;
        var html = ExplorePage.Start($"{issue.Publication} {issue.IssueDate}");
        html.Element("h1", $"{issue.Publication} {issue.PageLabel} {issue.IssueDate ?? "日期不明"}");
        html.Open("p", ("class", "meta")).Text($"{found.Articles.Count} 篇稿件 · {found.Photos.Count} 张图片 · 源文件 ").Element("code", issue.SourceUri)
            .Text(" · ").Link(ExplorePage.IssueUrl(issue.IssueId).Replace("/issues/", "/api/issues/", StringComparison.Ordinal), "JSON").Close("p");
        html.Open("div", ("class", "article-layout")).Open("div");
        html.Open("ol", ("class", "items"));
        foreach (var article in found.Articles)
        {
            html.Open("li", ("data-article", article.ArticleId)).Link(ExplorePage.ArticleUrl(article.ArticleId), article.Headline ?? "（无标题）")
                .Element("span", $" · 第 {article.Page} 版 · {Wording.Kind(article.Kind)}" + (article.Section is null ? "" : $" · {article.Section}"), ("class", "meta"))
                .Close("li");
        }
        html.Close("ol").Close("div").Open("aside");
        var mapped = false;
        foreach (var page in found.PageBoxes.Select(b => b.Page).Distinct().Order())
        {
            html.Element("h2", $"第 {page} 版");
            mapped |= PageMap.Write(html, found.PageBoxes, page, null);
        }
        if (!mapped)
        {
            html.Element("p", "这一期来自文本文件，没有版面位置。", ("class", "note"));
        }
        html.Close("aside").Close("div");
        return ExplorePage.End(http, html, state);
    }
}
