using System.Globalization;
using Microsoft.AspNetCore.Http;
using WeiduEtl.Core.Rows;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Serving.Explore;

/// <summary>
/// GET /articles/{id} and /api/articles/{id}: one article as printed — headline block, byline, the body with its
/// figures, dates, names and quotes marked (each linked to its row and rule), photos with captions, and the page map
/// with this article highlighted; links to the issue, the neighbours and the source document.
/// </summary>
internal sealed class ArticlePage(ExploreData data)
{
    public async Task<IResult> ApiAsync(HttpContext http, string id, CancellationToken cancellationToken)
    {
        var found = await data.ArticleAsync(id, cancellationToken);
        return found is null
            ? ExploreJson.Problem(http, $"no article {id} in the served pipelines", StatusCodes.Status404NotFound)
            : ExploreJson.Answer(http, new { found.Issue, found.Article, found.Figures, found.Dates, found.Mentions, found.Quotes, found.Photos,
                page_boxes = found.PageBoxes, previous_id = found.PreviousId, next_id = found.NextId, database_state = await data.StateAsync(cancellationToken) });
    }

    public async Task<IResult> PageAsync(HttpContext http, string id, CancellationToken cancellationToken)
    {
        var state = await data.StateAsync(cancellationToken);
        if (await data.ArticleAsync(id, cancellationToken) is not { } found)
        {
            return ExplorePage.Problem(http, "没有这篇稿件", $"没有编号为 {id} 的稿件。", state, StatusCodes.Status404NotFound);
        }
        var (issue, article) = (found.Issue, found.Article);
        var html = ExplorePage.Start(article.Headline ?? "稿件");
        html.Open("div", ("class", "article-layout")).Open("article", ("data-article", article.ArticleId));
        if (article.Kicker is not null)
        {
            html.Element("p", article.Kicker, ("class", "kicker"));
        }
        html.Element("h1", article.Headline ?? "（无标题）");
        if (article.Subheadline is not null)
        {
            html.Element("p", article.Subheadline, ("class", "subheadline"));
        }
        Byline(html, article);
        html.Open("p", ("class", "meta")).Text($"{issue.Publication} {issue.IssueDate ?? "日期不明"} 第 {article.Page} 版")
            .Text(article.Section is null ? "" : $" · {article.Section}").Text($" · {Wording.Kind(article.Kind)} · ").Element("code", article.ArticleId).Close("p");
        html.Open("div", ("class", "body"));
        MarkedBody.Write(html, article.Body, Quotes(found), Marks(found));
        html.Close("div");
        Photos(html, found);
        Navigation(html, found);
        Rows(html, found);
        html.Close("article").Open("aside").Element("h2", $"第 {article.Page} 版版面");
        if (!PageMap.Write(html, found.PageBoxes, article.Page, article.ArticleId))
        {
            html.Element("p", "这一版来自文本文件，没有版面位置。", ("class", "note"));
        }
        html.Open("p", ("class", "note")).Text("黄色为本文；点击其他方框打开那篇稿件。").Close("p");
        html.Close("aside").Close("div");
        return ExplorePage.End(http, html, state);
    }

    private static void Byline(Html html, ArticleRow article)
    {
        var parts = new List<(string Role, string[] Names)> { ("记者", article.Reporters), ("通讯员", article.Correspondents), ("摄影", article.Photographers) };
        if (parts.All(p => p.Names.Length == 0) && article.Dateline is null)
        {
            return;
        }
        html.Open("p", ("class", "byline"));
        if (article.Dateline is not null)
        {
            html.Text(article.Dateline).Text(" ");
        }
        foreach (var (role, names) in parts.Where(p => p.Names.Length > 0))
        {
            html.Text(role).Text(" ");
            foreach (var name in names)
            {
                html.Link(ExplorePage.PersonUrl(name), name).Text(" ");
            }
        }
        html.Close("p");
    }

    private static List<BodyMark> Quotes(ArticleDetail found) =>
        [.. found.Quotes.Select(q => new BodyMark(q.CharStart, q.CharEnd, "quote", q.QuoteId, $"#{q.QuoteId}", $"引语（{q.Speaker ?? "说话人不明"}）· 规则 {q.Rule}"))];

    private static List<BodyMark> Marks(ArticleDetail found) =>
    [
        .. found.Figures.Select(f => new BodyMark(f.CharStart, f.CharEnd, "figure", f.FigureId, $"#{f.FigureId}",
            $"数字 {f.Value.ToString(CultureInfo.InvariantCulture)} {f.Unit}（{f.Qualifier}）")),
        .. found.Dates.Select(d => new BodyMark(d.CharStart, d.CharEnd, "date", d.DateId, $"#{d.DateId}", $"日期 {d.Date ?? "不明"}（{d.Precision}）")),
        .. found.Mentions.Select(m => new BodyMark(m.CharStart, m.CharEnd, m.Kind, m.MentionId,
            m.Kind == "person" ? ExplorePage.PersonUrl(m.Name) : $"#{m.MentionId}", $"{Wording.Mention(m.Kind)} {m.Name} · 规则 {m.Rule}")),
    ];

    private static void Photos(Html html, ArticleDetail found)
    {
        foreach (var photo in found.Photos)
        {
            html.Open("figure", ("class", "photo"), ("id", photo.PhotoId));
            if (photo.ImagePath is not null)
            {
                var src = $"/datasets/{Uri.EscapeDataString(found.Issue.Pipeline)}/latest/{string.Join('/', photo.ImagePath.Split('/').Select(Uri.EscapeDataString))}";
                html.Open("img", ("src", src), ("alt", photo.Caption ?? "图片"), ("loading", "lazy"), ("style", "max-width:100%"));
            }
            html.Open("figcaption").Text(photo.Caption ?? "（无图片说明）").Text(photo.Credit is null ? "" : $"（{photo.Credit}）").Close("figcaption").Close("figure");
        }
    }

    private static void Navigation(Html html, ArticleDetail found)
    {
        html.Open("nav", ("class", "pages"), ("aria-label", "本期稿件"));
        if (found.PreviousId is not null)
        {
            html.Open("a", ("href", ExplorePage.ArticleUrl(found.PreviousId)), ("rel", "prev")).Text("上一篇").Close("a");
        }
        html.Link(ExplorePage.IssueUrl(found.Issue.IssueId), "本期全部稿件");
        if (found.NextId is not null)
        {
            html.Open("a", ("href", ExplorePage.ArticleUrl(found.NextId)), ("rel", "next")).Text("下一篇").Close("a");
        }
        html.Link(ExplorePage.ArticleUrl(found.Article.ArticleId).Replace("/articles/", "/api/articles/", StringComparison.Ordinal), "JSON");
        html.Close("nav");
        html.Open("p", ("class", "note")).Text("源文件：");
        var source = found.Issue.SourceUri;
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            html.Link(source, source);
        }
        else
        {
            html.Element("code", source);
        }
        html.Text($"（sha256 {found.Issue.SourceSha256[..Math.Min(12, found.Issue.SourceSha256.Length)]}…，解析器 {found.Issue.ParserVersion}）").Close("p");
    }

    private static void Rows(Html html, ArticleDetail found)
    {
        RowTable(html, "数字", ["编号", "原文", "数值", "单位", "性质"], found.Figures,
            f => f.FigureId, f => [f.Text, f.Value.ToString(CultureInfo.InvariantCulture), f.Unit, f.Qualifier]);
        RowTable(html, "日期", ["编号", "原文", "日期", "精度"], found.Dates, d => d.DateId, d => [d.Text, d.Date ?? "—", d.Precision]);
        RowTable(html, "人物、机构与地点", ["编号", "类型", "原文", "名称", "职务", "单位", "规则"], found.Mentions,
            m => m.MentionId, m => [Wording.Mention(m.Kind), m.Text, m.Name, m.Title ?? "", m.Organisation ?? "", m.Rule]);
        RowTable(html, "引语", ["编号", "说话人", "动词", "引语", "规则"], found.Quotes,
            q => q.QuoteId, q => [q.Speaker ?? "—", q.Verb ?? "", q.Text, q.Rule]);
    }

    private static void RowTable<T>(Html html, string title, string[] headings, IReadOnlyList<T> rows, Func<T, string> id, Func<T, string[]> cells)
    {
        if (rows.Count == 0)
        {
            return;
        }
        html.Element("h2", $"{title}（{rows.Count}）").Open("table", ("class", "rows")).Open("thead").Open("tr");
        foreach (var heading in headings)
        {
            html.Element("th", heading, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var row in rows)
        {
            html.Open("tr", ("id", id(row))).Open("td").Element("code", id(row)).Close("td");
            foreach (var cell in cells(row))
            {
                html.Cell(cell);
            }
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }
}
