using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A title that ends in the name of a notice's genre (…人才招聘公告, 遗失声明, 寻人启事, …的通知, 任前公示) heads an item of its
/// own: an announcement or a notice is printed apart from the reports around it, never as a section of one of them.
/// </summary>
internal static partial class NoticeTitleRule
{
    public static bool IsNoticeTitle(string text) => NoticeTitle().IsMatch(Punctuation.Fold(Punctuation.TrimSpaces(text)));

    // At least two letters before the genre word, so that a lone 公告 or 声明 (a box label) is left to its own rule.
    [GeneratedRegex(@"^\S.{1,40}?(?:公告|通告|启事|声明|公示|通知|讣告)(?:\([^()]{1,12}\))?$")]
    private static partial Regex NoticeTitle();
}
