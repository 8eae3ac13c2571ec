using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Quality;

/// <summary>The field checks a reader would make on an article the parser found.</summary>
public static class ArticleChecks
{
    private const int BoundaryKeyLength = 8;

    /// <summary>Kicker, headline and subheadline read in order are the printed header lines.</summary>
    public static bool HeaderRight(TruthArticle truth, ParsedArticle item)
    {
        var found = new[] { item.Kicker, item.Headline, item.Subheadline }.Select(ComparableText.OfHeaderLine).Where(l => l.Length > 0);
        var printed = truth.Head.Select(ComparableText.OfHeaderLine).Where(l => l.Length > 0);
        return found.SequenceEqual(printed, StringComparer.Ordinal);
    }

    /// <summary>The item's body ends where the article's running text ends: neither cut short nor run on into the next one.</summary>
    public static bool BodyEndRight(TruthArticle truth, ParsedArticle item)
    {
        var truthText = string.Concat(truth.Body.Select(ComparableText.Of));
        var itemBody = string.Concat(item.Paragraphs.Select(ComparableText.Of));
        var truthEnd = LastSentence(truth.Body.Where(p => !TruthCredits.IsCreditLine(p)));
        var itemEnd = LastSentence(item.Paragraphs);
        if (truthEnd is null || itemEnd is null)
        {
            return truthEnd is null && itemEnd is null;
        }
        return itemBody.Contains(truthEnd, StringComparison.Ordinal) && truthText.Contains(itemEnd, StringComparison.Ordinal);
    }

    /// <summary>The item's reporters are the names the article credits as 记者.</summary>
    public static bool ReportersRight(IReadOnlySet<string> truthReporters, ParsedArticle item) =>
        truthReporters.SetEquals(item.NamesIn(ContributorRole.Reporter));

    /// <summary>How many of the paragraph breaks inside the article both sides make, and how many either side makes.</summary>
    public static (int Shared, int Total) ParagraphBreaks(TruthArticle truth, ParsedArticle item)
    {
        var truthStarts = BreakKeys(truth.Body.Where(p => !TruthCredits.IsCreditLine(p)));
        var itemStarts = BreakKeys(item.Paragraphs);
        itemStarts.UnionWith(item.Subheadings.Select(ComparableText.Of).Select(Key));
        var shared = truthStarts.Count(itemStarts.Contains);
        return (shared, Math.Max(truthStarts.Count, itemStarts.Count));
    }

    private static HashSet<string> BreakKeys(IEnumerable<string> paragraphs)
    {
        // The first paragraph's start is not a break (and may carry a dateline the item keeps apart).
        var keys = paragraphs.Select(ComparableText.Of).Where(p => p.Length > 0).Skip(1)
            .Select(Key);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    private static string Key(string comparable) =>
        comparable.Length > BoundaryKeyLength ? comparable[..BoundaryKeyLength] : comparable;

    private static string? LastSentence(IEnumerable<string> paragraphs)
    {
        var last = paragraphs.Select(ComparableText.Of).LastOrDefault(p => p.Length > 0);
        if (last is null)
        {
            return null;
        }
        // A credit printed after the last full stop, （记者 X）, is not the article's last sentence.
        var sentences = ComparableText.Sentences(last).Where(s => !TruthCredits.IsCreditLine(s)).ToList();
        return sentences.Count > 0 ? sentences[^1] : last;
    }
}
