using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A line that gives readers an address to write or call: a column's submission mailbox under its last piece
/// (栏目投稿邮箱：…@…), a notice's hotline (咨询电话：…), an invitation to send pictures (欢迎投稿，邮箱：…). It is a line
/// of the text it ends or belongs to, never a kicker or a headline of what follows, however short.
/// </summary>
internal static partial class ContactLineRule
{
    public static bool IsContactLine(string text) => ContactLine().IsMatch(Punctuation.Fold(Punctuation.TrimSpaces(text)));

    // A short lead (up to a clause of invitation) naming the channel, a colon, then an e-mail address, a web address
    // or a phone number, with an optional bracketed remark and a full stop.
    [GeneratedRegex(@"^[^:。!?]{0,12}?(?:邮箱|信箱|邮件|e-?mail|电话|热线|传真|网址|网站)\s*:\s*"
        + @"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?|(?:\([0-9]{3,4}\))?[0-9][0-9 -]{6,})"
        + @"(?:\s*[、,;]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\([0-9]{3,4}\))?[0-9][0-9 -]{6,}))*\s*(?:\([^()]*\))?[。.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();
}
