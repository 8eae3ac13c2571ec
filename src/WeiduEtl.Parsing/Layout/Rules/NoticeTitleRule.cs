using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A title that ends in the name of a notice's genre (…人才招聘公告, 遗失声明, 寻人启事, …的通知, 任前公示) heads an item of its
/// own: an announcement or a notice is printed apart from the reports around it, never as a section of one of them.
/// </summary>
internal static partial class NoticeTitleRule
{
    public static bool IsNoticeTitle(string text) => NoticeTitle().IsMatch(Punctuation.FoldTrimmed(text));

    // At least two letters before the genre word, so that a lone 公告 or 声明 (a box label) is left to its own rule; the
    // word a noun, not the object of a verb (发布公告, 推行村务公示): 通知 and 公示 only as a document's name (…的通知,
    // 任前公示), the others after anything but a verb of issuing or carrying out.
    [GeneratedRegex(@"^\S{2}.{0,40}?(?:(?<!发布|发出|发表|作出|推行|落实|实行|进行|予以)(?:公告|通告|启事|声明|讣告)|的(?:通知|公示)|(?:任前|拟任|评选|结果)公示)(?:\([^()]{1,12}\))?$")]
    private static partial Regex NoticeTitle();
}
