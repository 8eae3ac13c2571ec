using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A standfirst the page labels as one (核心提示:…, 内容提要:…, 导读:…): set between a head and its text, it sums the
/// piece up and belongs to it; the text's own dateline under it opens no second piece.
/// </summary>
internal static partial class StandfirstRule
{
    public static bool IsStandfirst(string text) => Label().IsMatch(Punctuation.FoldTrimmed(text));

    [GeneratedRegex(@"^(?:核心提示|内容提要|内容摘要|提要|导读|导语)\s*:\s*\S")]
    private static partial Regex Label();
}
