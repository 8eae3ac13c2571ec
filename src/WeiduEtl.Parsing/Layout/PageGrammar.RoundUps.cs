using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// Round-ups whose title a text dump prints only as the first line of the first brief's header: a short column title
/// (a few letters, no punctuation) over briefs that each carry a header of one line fewer than the first, and each a
/// credit, a dateline or a source tag, or a name alone as their last header line. The paper prints it as one article under that title, so it
/// is one item; the briefs' header lines become its subheadings. A column the lexicon names (简讯, 图片新闻) is read
/// as a column of items instead, before this.
/// </summary>
internal sealed partial class PageGrammar
{
    /// <summary>The most letters of a round-up's title.</summary>
    private const int MaxRoundUpTitleLength = 6;

    /// <summary>The most letters of a brief's text: longer pieces are articles of their own.</summary>
    private const int MaxBriefLength = 600;

    private void GatherRoundUps()
    {
        for (var k = 0; k < items.Count; k++)
        {
            var first = items[k];
            var header = first.HeaderLines;
            if (header.Count < 2 || !IsRoundUpTitle(header[0]) || !IsBrief(first))
            {
                continue;
            }
            var end = k + 1;
            while (end < items.Count && RunsOnTo(items[end - 1], items[end]) && items[end].StartedBy == first.StartedBy
                && items[end].HeaderLines.Count == header.Count - 1 && IsBrief(items[end]) && CreditForm(items[end]) == CreditForm(first))
            {
                end++;
            }
            if (end - k < MinPackagePieces)
            {
                continue;
            }
            first.Subheadings.InsertRange(0, header.Skip(1));
            first.Kicker = null;
            first.Headline = header[0];
            first.Subheadline = null;
            foreach (var brief in items[(k + 1)..end])
            {
                first.Absorb(brief);
            }
            items.RemoveRange(k + 1, end - k - 1);
        }
    }

    /// <summary>
    /// The next brief stands on the same page as the one before, or on the next page when the one before ran on to it:
    /// a round-up flows over a page break only where its text does.
    /// </summary>
    private static bool RunsOnTo(ArticleBuilder before, ArticleBuilder next) =>
        next.Page == before.Page || (before.Foot is { } foot && foot.Page == next.Page);

    /// <summary>
    /// How a brief is credited; the briefs of one round-up are all credited alike. A photographer's credit alone credits
    /// a picture, not a brief: picture stories side by side are no round-up.
    /// </summary>
    private static (bool Byline, bool Dated, bool Tagged) CreditForm(ArticleBuilder a) =>
        (a.Dateline is null && a.Contributors.Any(c => c.Role != ContributorRole.Photographer), a.Dateline is not null, a.SourceTag is not null);

    private static bool IsRoundUpTitle(string line)
    {
        var printed = Punctuation.TrimSpaces(line);
        return Punctuation.VisibleLength(printed) is >= 2 and <= MaxRoundUpTitleLength && printed.All(Punctuation.IsHan);
    }

    /// <summary>A short piece of text with no picture, credited in any way a brief is, or signed under its headline by a name alone.</summary>
    private static bool IsBrief(ArticleBuilder a)
    {
        if (a is not { Kind: ArticleKind.Article, Photos.Count: 0 } || a.Paragraphs.Sum(Punctuation.VisibleLength) > MaxBriefLength)
        {
            return false;
        }
        return CreditForm(a) != default
            || PersonNames.IsNameAlone(a.HeaderLines[^1]);
    }
}
