using System.Globalization;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// Makes any number of distinct issues out of a few real parsed pages: each copy is a template's rows under a new
/// source URI, issue id (and so article, figure, date, mention and quote ids) and issue date, so sizes and text are
/// those of real pages without parsing each copy.
/// </summary>
internal static class SyntheticIssues
{
    /// <summary>Pages of one synthetic issue day, as a city daily prints them.</summary>
    public const int PagesPerDay = 20;

    public static readonly DateOnly FirstDay = new(2015, 1, 1);

    /// <summary>The issue day of the n-th synthetic page.</summary>
    public static DateOnly DayOf(int n) => FirstDay.AddDays(n / PagesPerDay);

    public static IssueRecord Copy(IssueRecord template, string pipeline, string sourceUri, DateOnly issueDate)
    {
        var from = template.Issue.IssueId;
        var to = IssueIdentity.IssueId(pipeline, sourceUri);
        string Id(string id) => id.StartsWith(from, StringComparison.Ordinal) ? to + id[from.Length..] : id;
        string? MaybeId(string? id) => id is null ? null : Id(id);

        return new IssueRecord(
            template.Issue with { IssueId = to, SourceUri = sourceUri, IssueDate = issueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            [.. template.Articles.Select(a => a with { ArticleId = Id(a.ArticleId), IssueId = to })],
            [.. template.Contributors.Select(c => c with { ArticleId = Id(c.ArticleId) })],
            [.. template.Photos.Select(p => p with { PhotoId = Id(p.PhotoId), IssueId = to, ArticleId = MaybeId(p.ArticleId) })],
            [.. template.Figures.Select(f => f with { FigureId = Id(f.FigureId), ArticleId = Id(f.ArticleId) })],
            [.. template.Dates.Select(d => d with { DateId = Id(d.DateId), ArticleId = Id(d.ArticleId) })],
            template.Images,
            template.SourceContent)
        {
            Mentions = [.. template.Mentions.Select(m => m with { MentionId = Id(m.MentionId), ArticleId = Id(m.ArticleId) })],
            Quotes = [.. template.Quotes.Select(q => q with { QuoteId = Id(q.QuoteId), ArticleId = Id(q.ArticleId), SpeakerMentionId = MaybeId(q.SpeakerMentionId) })],
        };
    }
}
