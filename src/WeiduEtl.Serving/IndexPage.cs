using Microsoft.AspNetCore.Http;
using WeiduEtl.Publishing.Changes;
using WeiduEtl.Serving.Explore;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Serving;

/// <summary>
/// GET /: the page people read. Plain HTML in Chinese with no script: every pipeline's latest release,
/// its tables (rows, sizes, hashes, download links, columns), licence, the change counts, and the last
/// runs with the documents that failed. Every value from files or the ledger goes through <see cref="Html"/>.
/// </summary>
internal sealed class IndexPage(ServedDatasets datasets, RunHistory history, ExploreData explore)
{
    private const int RunsShown = 10;
    private const int FailuresShown = 20;

    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.6;max-width:72rem;margin:0 auto;padding:1rem 1.5rem;color:#1a1a1a}
        h1{font-size:1.6rem}h2{border-bottom:2px solid #8b0000;padding-bottom:.2rem;margin-top:2.5rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3;white-space:nowrap}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}code{font-size:.85em;word-break:break-all}
        .bad{color:#a00000}.note{color:#555}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
        details{margin:.3rem 0}summary{cursor:pointer}table.changes{width:auto;min-width:24rem}
        svg.chart{display:block;margin:.2rem 0 .6rem}svg.chart rect{fill:#8b0000}figure.chart{margin:0}figcaption{font-size:.9rem}
        form[role=search] input{width:24rem;max-width:70%;font-size:1rem;padding:.2rem .4rem}
        """;

    public async Task<IResult> RenderAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Element("title", "开放数据下载 · WeiduEtl").Raw("\n<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n");
        html.Element("h1", "报纸版面开放数据下载");
        html.Open("p").Text("本页列出每条数据管道最新发布的数据集：报纸版面中的稿件、署名、图片、数字与日期，以 CSV 和 JSON 两种格式提供。")
            .Text("机器可读的目录见 ").Link("/datasets", "/datasets").Text("；运行状况见 ").Link("/healthz", "/healthz")
            .Text("；监控指标见 ").Link("/metrics", "/metrics").Text("。").Close("p");
        html.Open("form", ("action", "/search"), ("method", "get"), ("role", "search"))
            .Open("input", ("type", "search"), ("name", "q"), ("placeholder", "搜索标题和正文，如：集成电路"), ("aria-label", "搜索稿件"), ("maxlength", "200"))
            .Element("button", "搜索稿件", ("type", "submit")).Close("form");
        html.Open("p", ("class", "note")).Text("下载后请用 datapackage.json 中的 sha256 校验文件。带 “最新” 的链接总是指向最新的完整版本；带版本号的链接内容永不改变。")
            .Close("p");

        var views = datasets.Pipelines.Select(p => PipelineView.Load(datasets, p)).ToList();
        html.Open("nav", ("aria-label", "数据管道")).Open("ul");
        foreach (var view in views)
        {
            html.Open("li").Link($"#pipeline-{view.Options.Name}", $"{view.Title}（{view.Options.Name}）").Close("li");
        }
        html.Close("ul").Close("nav");

        foreach (var view in views)
        {
            var runs = await history.RecentAsync(view.Options, RunsShown, withFailures: true, cancellationToken);
            Pipeline(html, view, runs, await CountsAsync(view, cancellationToken));
        }
        html.Raw("\n</body>\n</html>\n");
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Text(html.ToString(), ContentTypes.Html);
    }

    private async Task<IReadOnlyList<IssueDateCounts>?> CountsAsync(PipelineView view, CancellationToken cancellationToken)
    {
        try
        {
            return await explore.CountsAsync(view.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static void Pipeline(Html html, PipelineView view, RunHistoryResult runs, IReadOnlyList<IssueDateCounts>? counts)
    {
        html.Open("section", ("id", $"pipeline-{view.Options.Name}"), ("class", "pipeline"));
        html.Element("h2", $"{view.Title}（{view.Options.Name}）");
        var (licenseName, licensePath) = view.License;
        html.Open("dl");
        html.Element("dt", "报纸").Element("dd", view.Options.Publication);
        html.Element("dt", "许可").Open("dd");
        if (licensePath is null)
        {
            html.Text(licenseName);
        }
        else
        {
            html.Link(licensePath, licenseName);
        }
        html.Close("dd");
        if (view.Latest is { } latest)
        {
            html.Element("dt", "最新版本").Open("dd").Element("code", latest.Id).Text($"（{Html.Time(latest.CreatedAt ?? view.Manifest?.Created)} 北京时间发布）").Close("dd");
            html.Element("dt", "数据包").Open("dd").Link(view.SnapshotUrl(latest.Id, SnapshotManifest.FileName), "datapackage.json", "表结构、行数、字节数和 sha256")
                .Text(" · ").Link($"{view.BaseUrl}/latest.json", "latest.json", "最新版本指针").Close("dd");
        }
        html.Close("dl");

        html.Element("h3", "按期统计");
        if (counts is null)
        {
            html.Element("p", "数据库无法读取，统计图暂缺。", ("class", "bad"));
        }
        else
        {
            IssueDateChart.Write(html, view.Options.Name, counts);
        }
        if (view.Latest is null)
        {
            html.Element("p", "尚未发布任何版本。", ("class", "note"));
        }
        else
        {
            Tables(html, view, view.Latest);
            QualitySection.Render(html, view.Manifest?.Quality ?? []);
            Changes(html, view, view.Latest);
            Fields(html, view);
        }
        Runs(html, runs);
        Snapshots(html, view);
        html.Close("section");
    }

    private static void Tables(Html html, PipelineView view, SnapshotRef latest)
    {
        html.Element("h3", "数据表");
        html.Open("table", ("class", "tables")).Open("thead").Open("tr");
        foreach (var heading in new[] { "表", "说明", "行数", "下载", "大小", "sha256" })
        {
            html.Element("th", heading, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var table in view.Tables)
        {
            foreach (var (file, i) in table.Files.Select((f, i) => (f, i)))
            {
                html.Open("tr", ("data-table", table.Name));
                if (i == 0)
                {
                    var span = table.Files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    html.Open("th", ("scope", "row"), ("rowspan", span)).Text(Wording.Table(table.Name)).Raw("<br>").Element("code", table.Name).Close("th");
                    html.Open("td", ("rowspan", span)).Text(table.Title).Close("td");
                    html.Open("td", ("class", "n"), ("rowspan", span)).Text(Html.Count(table.Rows)).Close("td");
                }
                html.Open("td").Link(view.SnapshotUrl(latest.Id, file.Path), file.Path, $"版本 {latest.Id} 的 {file.Path}")
                    .Text(" · ").Link(view.LatestUrl(file.Path), "最新", "总是指向最新版本的链接").Close("td");
                html.Cell(Html.Size(file.Bytes), "n");
                html.Open("td").Element("code", file.Sha256 ?? "—").Close("td");
                html.Close("tr");
            }
        }
        html.Close("tbody").Close("table");
    }

    private static void Changes(Html html, PipelineView view, SnapshotRef latest)
    {
        html.Element("h3", "与上一版本相比");
        if (view.Changes is not { } changes)
        {
            html.Element("p", view.Manifest?.PreviousSnapshotId is null ? "这是第一个版本。" : "此版本没有变更记录（changes.json）。", ("class", "note"));
            return;
        }
        html.Open("p").Text(changes.PreviousSnapshotId is null ? "这是第一个版本：所有行均为新增。" : $"上一版本 {changes.PreviousSnapshotId}；")
            .Text($"共新增 {changes.Added} 行、变更 {changes.Changed} 行、删除 {changes.Removed} 行。逐行的 id 与变更字段见 ")
            .Link(view.SnapshotUrl(latest.Id, ChangeFeedWriter.FileName), ChangeFeedWriter.FileName).Text("。").Close("p");
        html.Open("table", ("class", "changes")).Open("thead").Open("tr");
        foreach (var heading in new[] { "表", "新增", "变更", "删除" })
        {
            html.Element("th", heading, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var table in changes.Tables)
        {
            html.Open("tr").Open("th", ("scope", "row")).Text(Wording.Table(table.Table)).Text(" ").Element("code", table.Table).Close("th")
                .Cell(Html.Count(table.Added), "n").Cell(Html.Count(table.Changed), "n").Cell(Html.Count(table.Removed), "n").Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static void Fields(Html html, PipelineView view)
    {
        html.Element("h3", "字段说明");
        foreach (var table in view.Tables.Where(t => t.Fields.Count > 0))
        {
            html.Open("details", ("id", $"schema-{view.Options.Name}-{table.Name}"))
                .Open("summary").Text($"{Wording.Table(table.Name)} ").Element("code", table.Name).Text($" — {table.Fields.Count} 个字段").Close("summary");
            html.Open("table", ("class", "fields")).Open("thead").Open("tr");
            foreach (var heading in new[] { "字段", "类型", "必填", "说明" })
            {
                html.Element("th", heading, ("scope", "col"));
            }
            html.Close("tr").Close("thead").Open("tbody");
            foreach (var field in table.Fields)
            {
                html.Open("tr").Open("td").Element("code", field.Name).Close("td")
                    .Cell($"{Wording.FieldType(field.Type)} ({field.Type})").Cell(field.Required ? "是" : "否").Cell(field.Description).Close("tr");
            }
            html.Close("tbody").Close("table").Close("details");
        }
    }

    private static void Runs(Html html, RunHistoryResult history)
    {
        html.Element("h3", "最近运行");
        if (history.Error is not null)
        {
            html.Element("p", history.Error, ("class", "bad"));
            return;
        }
        if (history.Runs.Count == 0)
        {
            html.Element("p", "还没有运行记录。", ("class", "note"));
            return;
        }
        html.Open("table", ("class", "runs")).Open("thead").Open("tr");
        foreach (var heading in new[] { "编号", "方式", "开始（北京时间）", "结束", "状态", "文档", "新存", "未变", "失败", "版本" })
        {
            html.Element("th", heading, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var (run, failures) in history.Runs)
        {
            var failed = run.Status == "failed" || run.Failed > 0;
            html.Open("tr", ("class", failed ? "bad" : null))
                .Cell(run.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture), "n").Cell(Wording.Trigger(run.Trigger))
                .Cell(Html.Time(run.StartedAt)).Cell(Html.Time(run.FinishedAt)).Cell(Wording.Status(run.Status) + (run.Message is null ? "" : $"：{run.Message}"))
                .Cell(Html.Count(run.Seen), "n").Cell(Html.Count(run.Stored), "n").Cell(Html.Count(run.Unchanged), "n").Cell(Html.Count(run.Failed), "n")
                .Cell(run.SnapshotId ?? "—").Close("tr");
            foreach (var failure in failures.Take(FailuresShown))
            {
                html.Open("tr", ("class", "bad failure")).Open("td", ("colspan", "10"))
                    .Text("失败文档 ").Element("code", failure.SourceUri).Text($"：{failure.Error}").Close("td").Close("tr");
            }
            if (failures.Count > FailuresShown)
            {
                html.Open("tr", ("class", "bad failure")).Open("td", ("colspan", "10"))
                    .Text($"另有 {failures.Count - FailuresShown} 个失败文档；完整列表请运行 weidu-etl status。").Close("td").Close("tr");
            }
        }
        html.Close("tbody").Close("table");
    }

    private static void Snapshots(Html html, PipelineView view)
    {
        if (view.SnapshotIds.Count == 0)
        {
            return;
        }
        html.Element("h3", "所有保留的版本");
        html.Open("ul", ("class", "snapshots"));
        foreach (var id in view.SnapshotIds)
        {
            html.Open("li").Element("code", id).Text(" ").Link(view.SnapshotUrl(id, SnapshotManifest.FileName), "datapackage.json")
                .Text(id == view.Latest?.Id ? "（最新）" : "").Close("li");
        }
        html.Close("ul");
    }
}
