using System.Globalization;
using Microsoft.AspNetCore.Http;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Serving.Explore;

/// <summary>
/// Reads <c>q, pipeline, from, to, month, section, reporter, kind, page, size</c> from a query string into a search,
/// or says which parameter is wrong. Every value stays a value: it becomes a SQL parameter, never SQL.
/// </summary>
internal static class SearchRequest
{
    public const int DefaultPageSize = 20;
    private const int MaxFilterLength = 100;

    public static (ArticleSearchQuery? Query, string? Problem) Read(IQueryCollection query)
    {
        var text = query["q"].ToString();
        if (text.Length > ArticleSearchQuery.MaxQueryLength)
        {
            return (null, $"q: at most {ArticleSearchQuery.MaxQueryLength} letters, this one has {text.Length}");
        }
        if (!Number(query, "page", 1, ArticleSearchQuery.MaxPage, 1, out var page, out var problem)
            || !Number(query, "size", 1, ArticleSearchQuery.MaxPageSize, DefaultPageSize, out var size, out problem))
        {
            return (null, problem);
        }
        foreach (var name in new[] { "pipeline", "from", "to", "month", "section", "reporter", "kind" })
        {
            if (query[name].ToString().Length > MaxFilterLength)
            {
                return (null, $"{name}: at most {MaxFilterLength} letters");
            }
        }
        string? Value(string name) => query[name].ToString() is { Length: > 0 } v ? v : null;
        return (new ArticleSearchQuery
        {
            Text = text,
            Pipeline = Value("pipeline"),
            From = Value("from"),
            To = Value("to"),
            Month = Value("month"),
            Section = Value("section"),
            Reporter = Value("reporter"),
            Kind = Value("kind"),
            Page = page,
            PageSize = size,
        }, null);
    }

    private static bool Number(IQueryCollection query, string name, int min, int max, int fallback, out int value, out string? problem)
    {
        var text = query[name].ToString();
        problem = null;
        if (text.Length == 0)
        {
            value = fallback;
            return true;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }
        problem = $"{name}: a whole number from {min} to {max}";
        return false;
    }

    /// <summary>This search's query string with <paramref name="changes"/> applied (null removes a parameter); page goes back to 1 unless changed.</summary>
    public static string Link(string path, ArticleSearchQuery query, params (string Name, string? Value)[] changes)
    {
        var values = new List<(string Name, string? Value)>
        {
            ("q", query.Text), ("pipeline", query.Pipeline), ("from", query.From), ("to", query.To), ("month", query.Month),
            ("section", query.Section), ("reporter", query.Reporter), ("kind", query.Kind),
            ("size", query.PageSize == DefaultPageSize ? null : query.PageSize.ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var (name, value) in changes)
        {
            values.RemoveAll(v => v.Name == name);
            values.Add((name, value));
        }
        var pairs = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}");
        return path + "?" + string.Join("&", pairs);
    }
}
