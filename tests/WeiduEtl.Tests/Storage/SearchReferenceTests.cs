using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Core.Rows;
using WeiduEtl.Storage;
using WeiduEtl.Storage.Search;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// The SQLite search, whose answers for terms the indexes take come from the facet columns held in memory, against a
/// straightforward query on a real store: every hit by LIKE on the texts, the filters as plain SQL, the facets counted
/// from the hits and the page cut from them in order. Totals, facets and pages must be the same, for terms of one,
/// two and three letters, with filters and paging. The store does not change between searches, so every search after
/// the first is answered from the catalogue the first read.
/// </summary>
public sealed class SearchReferenceTests : IDisposable
{
    private const string Alphabet = "的的的的是在了集成电路产业园区建设发展经济民生城市春季招聘会论坛芯片";
    private const int PageSize = 7;

    /// <summary>What a search shows of each facet: its 20 largest values.</summary>
    private const int SearchFacetsShown = 20;

    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task Search_OneTwoAndThreeLetterTermsWithFiltersAndPages_AnswersAsTheReferenceQuery()
    {
        var db = _temp.File("reference.db");
        await using var stores = new StoreFactory();
        var issues = Issues();
        foreach (var issue in issues)
        {
            await stores.Issues(db).SaveIssueAsync(issue, default);
        }
        await stores.Issues(db).CatchUpSearchAsync(default);
        var texts = issues.SelectMany(i => i.Articles).Select(a => a.Headline + " " + a.Body).ToList();
        var reader = stores.Reader(db);

        var searches = 0;
        var wrong = new List<string>();
        foreach (var text in Terms(texts))
        {
            foreach (var filtered in Filters())
            {
                var query = filtered with { Text = text, PageSize = PageSize };
                var last = (Reference(db, query).Total + PageSize - 1) / PageSize;
                foreach (var page in new[] { 1, 2, Math.Max(1, last), last + 1 }.Distinct())
                {
                    var found = await reader.SearchAsync(query with { Page = page }, default);
                    searches++;
                    if (Describe(found) is var got && Describe(Reference(db, query with { Page = page })) is var want && got != want)
                    {
                        wrong.Add($"{Name(query)} page {page}:\n  found    {got}\n  expected {want}");
                    }
                }
            }
        }

        Assert.True(searches > 500, $"only {searches} searches");
        Assert.True(texts.Count(t => t.Contains('的', StringComparison.Ordinal)) > texts.Count * 0.8, "的 is not in most articles");
        Assert.Empty(wrong.Take(5));
    }

    /// <summary>Every letter, pairs and threes that stand in the texts, a few that do not, and terms together.</summary>
    private static IEnumerable<string> Terms(List<string> texts)
    {
        var random = new Random(7);
        string Piece(int length)
        {
            var text = texts[random.Next(texts.Count)].Replace(" ", "", StringComparison.Ordinal);
            return text.Substring(random.Next(text.Length - length + 1), length);
        }
        return Alphabet.Select(c => c.ToString())
            .Concat(Enumerable.Range(0, 12).Select(_ => Piece(2)))
            .Concat(Enumerable.Range(0, 12).Select(_ => Piece(3)))
            .Concat(["鱼", "的鱼", "集成电", "的 集成", "电 路产业", "是的 在了"])
            .Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<ArticleSearchQuery> Filters() =>
    [
        new(),
        new() { Pipeline = "weidu" },
        new() { Pipelines = ["weidu", "third"] },
        new() { From = "2026-02-10", To = "2026-04-20" },
        new() { Month = "2026-03", Section = "民生" },
        new() { Kind = "brief", Reporter = "孙悦" },
        new() { Reporter = "王远", Pipeline = "other" },
    ];

    /// <summary>Thirty issues in three pipelines over six months, one without a date; sections, kinds and reporters vary.</summary>
    private static List<IssueRecord> Issues()
    {
        var random = new Random(16);
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        string[][] reporters = [[], ["王远"], ["王远", "孙悦"], ["李华"], ["孙悦"]];
        string?[] sections = ["要闻", "民生", "经济", null];
        var pipelines = new[] { "weidu", "other", "third" };
        return [.. Enumerable.Range(0, 30).Select(n =>
        {
            var pipeline = pipelines[n % 3];
            var date = n == 29 ? null : new DateOnly(2026, 1, 5).AddDays(n * 6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var issueId = $"{pipeline}-{n:D3}";
            var articles = Enumerable.Range(0, 4 + (n % 5)).Select(i => new ArticleRow
            {
                ArticleId = $"{issueId}-a{i + 1:D4}", IssueId = issueId, Seq = i + 1, Page = 1 + (i % 2), Kind = i % 3 == 0 ? "brief" : "article",
                Section = sections[(n + i) % sections.Length], Headline = i % 7 == 6 ? null : Text(4 + (i % 5)),
                Reporters = reporters[(n * 3 + i) % reporters.Length], Body = Text(20 + random.Next(60)), ParagraphCount = 1,
            }).Select(a => a with { CharCount = a.Body.Length }).ToList();
            var issue = new IssueRow
            {
                IssueId = issueId, Pipeline = pipeline, Publication = "许昌日报", SourceUri = $"{n}.txt", SourceSha256 = $"sha-{n}", SourceBytes = 3,
                MediaType = "text/plain", PageCount = 2, ArticleCount = articles.Count, FirstSeenAt = "2026-01-01T00:00:00Z",
                ParsedAt = "2026-01-01T00:00:00Z", ParserVersion = "text-1", IssueDate = date, IssueDateBasis = date is null ? null : "content",
            };
            return new IssueRecord(issue, articles, [], [], [], [], [], [1]);
        })];
    }

    /// <summary>The straightforward answer: the hits by LIKE and plain filters in order, facets counted here.</summary>
    private static ArticleSearchResult Reference(string db, ArticleSearchQuery query)
    {
        var parameters = new DynamicParameters();
        var conditions = query.Terms.Select((term, n) =>
        {
            parameters.Add($"t{n}", SearchTerms.Contains(term));
            return $"(coalesce(a.headline, '') LIKE @t{n} ESCAPE '\\' OR a.body LIKE @t{n} ESCAPE '\\')";
        }).ToList();
        void Filter(string? value, string name, string condition)
        {
            if (value is not null)
            {
                parameters.Add(name, value);
                conditions.Add(condition);
            }
        }
        Filter(query.Pipeline, "pipeline", "i.pipeline = @pipeline");
        if (query.Pipelines is { } pipelines)
        {
            parameters.Add("pipelines", JsonSerializer.Serialize(pipelines));
            conditions.Add("i.pipeline IN (SELECT value FROM json_each(@pipelines))");
        }
        Filter(query.From, "from", "i.issue_date >= @from");
        Filter(query.To, "to", "i.issue_date <= @to");
        Filter(query.Month, "month", "substr(i.issue_date, 1, 7) = @month");
        Filter(query.Section, "section", "a.section = @section");
        Filter(query.Kind, "kind", "a.kind = @kind");
        Filter(query.Reporter, "reporter", "EXISTS (SELECT 1 FROM json_each(a.reporters) r WHERE r.value = @reporter)");
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var hits = connection.Query<ArticleHit>($"""
            SELECT a.article_id, a.issue_id, i.issue_date, i.pipeline, a.headline, a.section, a.kind, a.reporters, a.page, a.body
            FROM articles a JOIN issues i ON i.issue_id = a.issue_id
            WHERE {string.Join(" AND ", conditions)}
            ORDER BY coalesce(i.issue_date, '') DESC, a.article_id
            """, parameters).ToList();
        IReadOnlyList<FacetValue> Facet(IEnumerable<string?> values) => [.. values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Count())).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Take(SearchFacetsShown)];
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal)
        {
            ["pipeline"] = Facet(hits.Select(h => h.Pipeline)),
            ["month"] = Facet(hits.Select(h => h.IssueDate?[..7])),
            ["section"] = Facet(hits.Select(h => h.Section)),
            ["reporter"] = Facet(hits.SelectMany(h => h.Reporters)),
            ["kind"] = Facet(hits.Select(h => h.Kind)),
        };
        var page = Math.Clamp(query.Page, 1, ArticleSearchQuery.MaxPage);
        return new ArticleSearchResult(hits.Count, [.. hits.Skip((page - 1) * query.PageSize).Take(query.PageSize)], facets);
    }

    private static string Describe(ArticleSearchResult result)
    {
        var items = result.Total == 0 ? [] : result.Items.Select(i => $"{i.ArticleId}|{i.IssueDate}|{i.Pipeline}|{i.Headline}|{i.Section}|{i.Kind}|{string.Join("、", i.Reporters)}|{i.Page}|{i.Body}");
        var facets = ArticleSearchResult.FacetNames.Select(n => n + ": " + string.Join(" ", result.Facets[n].Select(f => $"{f.Value}={f.Count}")));
        return $"total {result.Total}; items {string.Join(", ", items)}; {string.Join("; ", facets)}";
    }

    private static string Name(ArticleSearchQuery query) =>
        $"q={query.Text} pipeline={query.Pipeline} pipelines={string.Join(",", query.Pipelines ?? [])} from={query.From} to={query.To} month={query.Month} section={query.Section} kind={query.Kind} reporter={query.Reporter}";
}
