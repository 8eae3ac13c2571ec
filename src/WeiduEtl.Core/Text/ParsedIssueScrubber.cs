using System.Globalization;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Core.Text;

/// <summary>
/// Cleans every text of a parsed document with <see cref="StorableText"/> and adds a warning saying how many code
/// points were taken out, so a page holding U+FFFE is stored without them instead of failing.
/// </summary>
public sealed class ParsedIssueScrubber
{
    private int _removed;

    public static ParsedIssue Scrub(ParsedIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        // Almost every page holds nothing to take out, and then the issue comes back as it is: the copy below would be
        // thrown away.
        if (HoldsNothingToRemove(issue))
        {
            return issue;
        }
        var scrubber = new ParsedIssueScrubber();
        var cleaned = issue with
        {
            PageLabel = scrubber.Clean(issue.PageLabel),
            Articles = [.. issue.Articles.Select(scrubber.Clean)],
            UnplacedLines = [.. issue.UnplacedLines.Select(l => scrubber.Clean(l)!)],
            LoosePhotos = [.. issue.LoosePhotos.Select(scrubber.Clean)],
        };
        return scrubber._removed == 0 ? issue : cleaned with
        {
            Warnings = [.. issue.Warnings, string.Create(CultureInfo.InvariantCulture,
                $"{scrubber._removed} code points that are not characters (U+0000, U+FFFE, U+FFFF, U+FDD0–U+FDEF or a broken surrogate pair) were taken out of the text")],
        };
    }

    private static bool HoldsNothingToRemove(ParsedIssue issue) =>
        StorableText.HoldsNothingToRemove(issue.PageLabel)
        && issue.Articles.All(a => StorableText.HoldsNothingToRemove(a.Section) && StorableText.HoldsNothingToRemove(a.Kicker)
            && StorableText.HoldsNothingToRemove(a.Headline) && StorableText.HoldsNothingToRemove(a.Subheadline)
            && StorableText.HoldsNothingToRemove(a.Dateline) && StorableText.HoldsNothingToRemove(a.SourceTag)
            && a.Subheadings.All(StorableText.HoldsNothingToRemove) && a.Paragraphs.All(StorableText.HoldsNothingToRemove)
            && a.Contributors.All(c => StorableText.HoldsNothingToRemove(c.Name) && StorableText.HoldsNothingToRemove(c.CreditText))
            && a.Photos.All(HoldsNothingToRemove))
        && issue.UnplacedLines.All(StorableText.HoldsNothingToRemove)
        && issue.LoosePhotos.All(HoldsNothingToRemove);

    private static bool HoldsNothingToRemove(ParsedPhoto photo) =>
        StorableText.HoldsNothingToRemove(photo.Caption) && StorableText.HoldsNothingToRemove(photo.Credit);

    private ParsedArticle Clean(ParsedArticle a) => a with
    {
        Section = Clean(a.Section),
        Kicker = Clean(a.Kicker),
        Headline = Clean(a.Headline),
        Subheadline = Clean(a.Subheadline),
        Dateline = Clean(a.Dateline),
        SourceTag = Clean(a.SourceTag),
        Subheadings = [.. a.Subheadings.Select(s => Clean(s)!)],
        Paragraphs = [.. a.Paragraphs.Select(p => Clean(p)!)],
        Contributors = [.. a.Contributors.Select(c => c with { Name = Clean(c.Name)!, CreditText = Clean(c.CreditText)! })],
        Photos = [.. a.Photos.Select(Clean)],
    };

    private ParsedPhoto Clean(ParsedPhoto photo) => photo with { Caption = Clean(photo.Caption), Credit = Clean(photo.Credit) };

    private string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var cleaned = StorableText.Clean(text, out var removed);
        _removed += removed;
        return cleaned;
    }
}
