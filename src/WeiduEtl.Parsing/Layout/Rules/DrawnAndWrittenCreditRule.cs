using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The credit that ends a picture story or a cartoon with its verse: who drew it and who wrote it, each name followed by
/// its mark, a space between the two (曹希阳图  卜  拉文, 李明文 王刚图). Papers print it as the story's last line, so it
/// stays the item's last paragraph, and nothing after it belongs to the item.
/// </summary>
internal static partial class DrawnAndWrittenCreditRule
{
    public static bool IsCredit(string text) =>
        DrawnAndWritten().Match(Punctuation.FoldTrimmed(text)) is { Success: true } m
        && PersonNames.IsPlausible(Punctuation.WithoutSpaces(m.Groups["first"].Value)) && PersonNames.IsPlausible(Punctuation.WithoutSpaces(m.Groups["second"].Value));

    // 图 after one name and 文 after the other, in either order; names may be letter-spaced (卜  拉).
    [GeneratedRegex(@"^(?<first>\p{IsCJKUnifiedIdeographs}(?:\s*\p{IsCJKUnifiedIdeographs}){1,3})\s*(?<mark>[图文])\s+(?<second>\p{IsCJKUnifiedIdeographs}(?:\s*\p{IsCJKUnifiedIdeographs}){1,3})\s*(?!\k<mark>)[图文]$")]
    private static partial Regex DrawnAndWritten();
}
