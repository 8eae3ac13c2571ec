using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// Lines that tie what follows to the article above them: an appendix's title (附：获奖名单, 附件2：申报表), which never
/// heads an item of its own, and a section that goes on about the subject its article's headline names before a colon
/// (五里镇：… over a section whose text opens 五里镇…).
/// </summary>
internal static partial class AppendixLineRule
{
    public static bool IsAppendixTitle(string text) => AppendixTitle().IsMatch(Punctuation.FoldTrimmed(text));

    /// <summary>
    /// The headline names its subject before a colon (某镇卫生院：…) and <paramref name="paragraph"/> opens with that
    /// subject: the text under a lone display line goes on about the article's subject, as a section of it does.
    /// </summary>
    public static bool GoesOnAboutSubject(string? headline, string paragraph)
    {
        if (headline is null || HeadlineSubject().Match(Punctuation.FoldTrimmed(headline)) is not { Success: true } m)
        {
            return false;
        }
        return Punctuation.TrimSpaces(paragraph).StartsWith(m.Groups["subject"].Value, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^附(?:件|录|表)?\s*[0-9一二三四五六七八九十]{0,2}\s*:\s*\S")]
    private static partial Regex AppendixTitle();

    [GeneratedRegex(@"^(?<subject>\p{IsCJKUnifiedIdeographs}{3,8}):\s*\S")]
    private static partial Regex HeadlineSubject();
}
