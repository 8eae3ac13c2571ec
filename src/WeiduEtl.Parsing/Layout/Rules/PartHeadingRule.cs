using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The heading of a numbered part of a long text printed whole — a law's 第一章 总则, a report's 第三部分, a serial's
/// 第二节 — divides the text it belongs to: a subheading, never the headline of an item of its own, however large it is set.
/// </summary>
internal static partial class PartHeadingRule
{
    public static bool IsPartHeading(string text) => PartHeading().IsMatch(Punctuation.FoldTrimmed(text));

    [GeneratedRegex(@"^第[0-9一二三四五六七八九十百零〇两]{1,4}(?:章|节|编|篇|部分|卷)(?:[\s:·、].{0,16}|[\p{IsCJKUnifiedIdeographs}].{0,15})?$")]
    private static partial Regex PartHeading();
}
