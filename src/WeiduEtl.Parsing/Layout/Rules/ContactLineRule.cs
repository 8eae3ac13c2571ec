using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A line that gives readers an address to write or call: a column's submission mailbox under its last piece
/// (栏目投稿邮箱：…@…), a notice's hotline (咨询电话：…), an invitation to send pictures (欢迎投稿，邮箱：…). It is a line
/// of the text it ends or belongs to, never a kicker or a headline of what follows, however short.
/// </summary>
internal static partial class ContactLineRule
{
    public static bool IsContactLine(string text) => ContactLine().IsMatch(Punctuation.FoldTrimmed(text));

    // A short lead (up to a clause of invitation) naming the channel, a colon, then an e-mail address, a web address
    // or a phone number, with an optional bracketed remark and a full stop.
    [GeneratedRegex(@"^[^:。!?]{0,12}?(?:邮箱|信箱|邮件|e-?mail|电话|热线|传真|网址|网站)\s*:\s*"
        + @"(?:" + Address + @")(?:\s*[、,;]\s*(?:" + Address + @"))*\s*(?:\([^()]*\))?[。.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    // Addresses are ASCII: a mailbox, a host with at least one dot and an optional path, or a phone number with an
    // optional area code in brackets and extension (转8001).
    private const string Address = @"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
        + @"|(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/[!-~]*)?"
        + @"|(?:\([0-9]{3,4}\))?[0-9][0-9 -]{6,}(?:转[0-9]{1,5})?";
}
