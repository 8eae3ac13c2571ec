using Microsoft.AspNetCore.Http;

namespace WeiduEtl.Serving.Explore;

/// <summary>GET /people/{name} and /api/people/{name}: every mention of a person, every quote given to them and every byline, newest first.</summary>
internal sealed class PersonPage(ExploreData data)
{
    public const int MaxShown = 500;
    private const int MaxNameLength = 50;

    public async Task<IResult> ApiAsync(HttpContext http, string name, CancellationToken cancellationToken)
    {
        if (name.Length > MaxNameLength)
        {
            return ExploreJson.Problem(http, $"name: at most {MaxNameLength} letters", StatusCodes.Status400BadRequest);
        }
        var found = await data.PersonAsync(name, MaxShown, cancellationToken);
        return ExploreJson.Answer(http, new { name, total = found.Count, items = found, database_state = await data.StateAsync(cancellationToken) });
    }

    public async Task<IResult> PageAsync(HttpContext http, string name, CancellationToken cancellationToken)
    {
        var state = await data.StateAsync(cancellationToken);
        if (name.Length > MaxNameLength)
        {
            return ExplorePage.Problem(http, "名字太长", $"名字最多 {MaxNameLength} 个字。", state, StatusCodes.Status400BadRequest);
        }
        var found = await data.PersonAsync(name, MaxShown, cancellationToken);
        var html = ExplorePage.Start(name);
        html.Element("h1", name);
        int Of(string kind) => found.Count(f => f.Kind == kind);
        html.Open("p", ("class", "meta")).Text($"被提及 {Of("mention")} 次，引语 {Of("quote")} 条，署名稿件 {Of("byline")} 篇。").Text(" ")
            .Link("/search?q=" + Uri.EscapeDataString(name), $"全文搜索“{name}”").Text(" · ")
            .Link(ExplorePage.PersonUrl(name).Replace("/people/", "/api/people/", StringComparison.Ordinal), "JSON").Close("p");
        if (found.Count == 0)
        {
            html.Element("p", "没有找到这个人物的提及、引语或署名。", ("class", "note"));
            return ExplorePage.End(http, html, state, StatusCodes.Status404NotFound);
        }
        html.Open("table", ("class", "appearances")).Open("thead").Open("tr");
        foreach (var heading in new[] { "日期", "稿件", "方式", "原文", "职务与单位", "规则" })
        {
            html.Element("th", heading, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var item in found)
        {
            html.Open("tr", ("data-kind", item.Kind)).Cell(item.IssueDate ?? "—")
                .Open("td").Link($"{ExplorePage.ArticleUrl(item.ArticleId)}#{Uri.EscapeDataString(item.RowId)}", item.Headline ?? "（无标题）").Close("td")
                .Cell(item.Kind switch { "quote" => "引语", "byline" => "署名", _ => "提及" }).Cell(item.Text)
                .Cell(item.Kind == "byline" ? Wording.Role(item.Title) : string.Join(" ", new[] { item.Title, item.Organisation }.Where(s => !string.IsNullOrEmpty(s))))
                .Cell(item.Rule).Close("tr");
        }
        html.Close("tbody").Close("table");
        if (found.Count == MaxShown)
        {
            html.Element("p", $"只列出最新的 {MaxShown} 条。", ("class", "note"));
        }
        return ExplorePage.End(http, html, state);
    }
}
