using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WeiduEtl.TestSupport.Epaper;

/// <summary>
/// A small e-paper site laid out like the real ones: /html/yyyy-MM/dd/node_N.htm pages (node_1 is the
/// day's index), each linking its PDF as ../../../images/yyyy-MM/dd/NN/yyyyMMddNN_pdf.pdf. Four pages a
/// day, page 3 is 第03版：魏都区. 2026-11-24 has no issue (404). The index of 2026-11-25 is GBK declared
/// only in a meta tag, that of 2026-11-26 GBK declared only in the Content-Type header. Every resource has
/// an ETag and Last-Modified and answers If-None-Match with 304. Faults are queued per path.
/// </summary>
public sealed class FakeEpaperSite
{
    public const int WeiduPage = 3;
    public static readonly DateOnly[] IssueDates = [new(2026, 11, 23), new(2026, 11, 25), new(2026, 11, 26)];
    public static readonly DateOnly NoIssueDate = new(2026, 11, 24);
    public static readonly string[] Labels = ["第01版：要闻", "第02版：综合", "第03版：魏都区", "第04版：专版"];
    public const string IndexTemplate = "html/{date:yyyy-MM}/{date:dd}/node_1.htm";

    private static readonly Encoding Gbk = GetGbk();
    private readonly ConcurrentDictionary<string, Resource> _resources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SiteFault>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SiteFault> _always = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _redirects = new(StringComparer.Ordinal);

    public FakeEpaperSite()
    {
        foreach (var date in IssueDates)
        {
            for (var page = 1; page <= Labels.Length; page++)
            {
                var html = PageHtml(date, page);
                var (body, contentType) = page == 1 && date == IssueDates[1]
                    ? (Gbk.GetBytes(html.Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", StringComparison.Ordinal)), "text/html")
                    : page == 1 && date == IssueDates[2]
                        ? (Gbk.GetBytes(html.Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal)), "text/html; charset=GBK")
                        : (Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
                Put(PagePath(date, page), body, contentType);
                SetPdf(date, page, TinyPdf.Create($"Xuchang Daily {date:yyyy-MM-dd} page {page}"));
            }
        }
    }

    public static string PagePath(DateOnly date, int page) => $"/html/{date:yyyy-MM}/{date:dd}/node_{page}.htm";

    public static string PdfPath(DateOnly date, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"/images/{date:yyyy-MM}/{date:dd}/{page:00}/{date:yyyyMMdd}{page:00}_pdf.pdf");

    public byte[] Content(string path) => _resources[path].Body;

    /// <summary>Publishes or corrects a page's PDF; its ETag changes with its bytes.</summary>
    public void SetPdf(DateOnly date, int page, byte[] pdf) => Put(PdfPath(date, page), pdf, "application/pdf");

    /// <summary>The next requests for the path misbehave, one fault each, in order.</summary>
    public void Fail(string path, params SiteFault[] faults)
    {
        var queue = _faults.GetOrAdd(path, _ => new ConcurrentQueue<SiteFault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>Every request for the path misbehaves until <see cref="Heal"/>.</summary>
    public void FailAlways(string path, SiteFault fault) => _always[path] = fault;

    /// <summary>Answers the path with 302 to another, as sites do with a missing day and their front page.</summary>
    public void Redirect(string path, string to) => _redirects[path] = to;

    public void Heal()
    {
        _faults.Clear();
        _always.Clear();
    }

    public TestResponse Handle(TestRequest request)
    {
        var path = request.Path.Split('?')[0];
        SiteFault? fault = _always.TryGetValue(path, out var always) ? always
            : _faults.TryGetValue(path, out var queue) && queue.TryDequeue(out var next) ? next : null;
        if (fault is SiteFault.Status status)
        {
            var headers = new Dictionary<string, string> { ["Content-Type"] = "text/html" };
            if (status.RetryAfterSeconds is { } seconds)
            {
                headers["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture);
            }
            return new TestResponse(status.Code, Encoding.UTF8.GetBytes("<html><body>busy</body></html>"), headers);
        }
        if (_redirects.TryGetValue(path, out var to))
        {
            return new TestResponse(302, [], new Dictionary<string, string> { ["Location"] = to });
        }
        if (!_resources.TryGetValue(path, out var resource))
        {
            return new TestResponse(404, Encoding.UTF8.GetBytes("<html><body>404</body></html>"), new Dictionary<string, string> { ["Content-Type"] = "text/html" });
        }
        var validators = new Dictionary<string, string> { ["ETag"] = resource.ETag, ["Last-Modified"] = resource.LastModified };
        if (fault is null && request.Header("If-None-Match") == resource.ETag)
        {
            return new TestResponse(304, [], validators);
        }
        var ok = new Dictionary<string, string>(validators) { ["Content-Type"] = resource.ContentType };
        return fault switch
        {
            SiteFault.SlowBody slow => new TestResponse(200, resource.Body, ok, BodyDelay: slow.Delay),
            SiteFault.CutOff => new TestResponse(200, resource.Body, ok, CutAfter: resource.Body.Length / 2),
            SiteFault.NoEof => new TestResponse(200, resource.Body[..^"%%EOF\n".Length], ok),
            _ => new TestResponse(200, resource.Body, ok),
        };
    }

    private void Put(string path, byte[] body, string contentType) =>
        _resources[path] = new Resource(body, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..16]}\"", "Tue, 24 Nov 2026 06:00:00 GMT");

    private static string PageHtml(DateOnly date, int page)
    {
        var list = new StringBuilder();
        for (var i = 1; i <= Labels.Length; i++)
        {
            list.Append(CultureInfo.InvariantCulture, $"<li><a id=\"pageLink\" href=\"node_{i}.htm\">{Labels[i - 1]}</a></li>\n");
        }
        var pdf = string.Create(CultureInfo.InvariantCulture, $"../../../images/{date:yyyy-MM}/{date:dd}/{page:00}/{date:yyyyMMdd}{page:00}_pdf.pdf");
        return $"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>许昌日报 {Labels[page - 1]}</title></head>
            <body>
            <map name="PagePicMap"><area shape="rect" coords="0,0,100,100" href="content_{page}01.htm"></map>
            <div class="pages"><ul>
            {list}</ul></div>
            <div class="articles"><a href="content_{page}01.htm">魏都区签约集成电路项目</a> <a href="javascript:void(0)">打印</a> <a href="mailto:news@example.cn">投稿</a></div>
            <div class="pdf"><a href="{pdf}" target="_blank">PDF下载</a></div>
            </body></html>
            """;
    }

    private static Encoding GetGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }

    private sealed record Resource(byte[] Body, string ContentType, string ETag, string LastModified);
}
